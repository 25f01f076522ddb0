import type { Payload } from 'payload'

import { metrics } from '../metrics/registry'
import { BATCH_SIZE } from './constants'
import { deliveryFromRow } from './deliveryRow'
import type { DeliveryRow } from './deliveryRow'
import { poolOf } from '../db/poolOf'
import type { AttemptOutcome, DeliveryRecord } from './types'

const MAX_ERROR_LENGTH = 2_000

/**
 * Writes how each attempt ended, `BATCH_SIZE` deliveries per UPDATE: `sent`/`delivered` with the
 * provider's id and the time, or `failed` with the error. Counts each outcome in
 * `notification_deliveries_total`.
 */
export const recordOutcomes = async ({
  outcomes,
  payload,
}: {
  outcomes: { delivery: DeliveryRecord; outcome: AttemptOutcome }[]
  payload: Payload
}): Promise<DeliveryRecord[]> => {
  const recorded: DeliveryRecord[] = []
  for (let start = 0; start < outcomes.length; start += BATCH_SIZE) {
    const batch = outcomes.slice(start, start + BATCH_SIZE)
    const { rows } = await poolOf(payload).query<DeliveryRow>(
      `update deliveries as d
          set status = o.status::enum_deliveries_status,
              provider_id = coalesce(o.provider_id, d.provider_id),
              error = o.error,
              sent_at = case when o.status in ('sent', 'delivered') then now() else d.sent_at end,
              delivered_at = case when o.status = 'delivered' then now() else d.delivered_at end,
              updated_at = now()
         from unnest($1::int[], $2::text[], $3::text[], $4::text[]) as o(id, status, provider_id, error)
        where d.id = o.id
      returning d.*`,
      [
        batch.map(({ delivery }) => delivery.id),
        batch.map(({ outcome }) => outcome.status),
        batch.map(({ outcome }) => (outcome.status === 'failed' ? null : outcome.providerId)),
        batch.map(({ outcome }) =>
          outcome.status === 'failed' ? outcome.error.slice(0, MAX_ERROR_LENGTH) : null,
        ),
      ],
    )
    recorded.push(...rows.map(deliveryFromRow))
  }
  for (const { delivery, outcome } of outcomes) {
    metrics.deliveries.inc({ channel: delivery.channel, status: outcome.status })
    if (outcome.status === 'failed') {
      payload.logger.warn({
        channel: delivery.channel,
        deliveryId: delivery.id,
        error: outcome.error,
        msg: 'delivery failed',
      })
    }
  }
  return recorded
}
