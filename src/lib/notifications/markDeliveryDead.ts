import type { Payload } from 'payload'

import { metrics } from '../metrics/registry'
import { deliveryFromRow } from './deliveryRow'
import type { DeliveryRow } from './deliveryRow'
import { poolOf } from '../db/poolOf'
import type { DeliveryRecord } from './types'

/**
 * Gives up on a delivery after its last retry: `dead`, with the final error if one is given.
 * Only a `queued` or `failed` delivery can die; one that was sent meanwhile stays sent (null).
 */
export const markDeliveryDead = async ({
  deliveryId,
  error,
  payload,
}: {
  deliveryId: number
  error?: string
  payload: Payload
}): Promise<DeliveryRecord | null> => {
  const { rows } = await poolOf(payload).query<DeliveryRow>(
    `update deliveries set status = 'dead', error = coalesce($2, error), updated_at = now()
      where id = $1 and status in ('queued', 'failed')
    returning *`,
    [deliveryId, error ?? null],
  )
  if (!rows[0]) return null
  const delivery = deliveryFromRow(rows[0])
  metrics.deliveries.inc({ channel: delivery.channel, status: 'dead' })
  payload.logger.error({
    channel: delivery.channel,
    deliveryId,
    error: delivery.error,
    msg: 'delivery dead',
  })
  return delivery
}
