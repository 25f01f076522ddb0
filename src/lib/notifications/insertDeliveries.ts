import type { Payload } from 'payload'

import { deliveryFromRow } from './deliveryRow'
import type { DeliveryRow } from './deliveryRow'
import { poolOf } from '../db/poolOf'
import type { DeliveryRecord, NotificationMessage } from './types'

/**
 * Inserts one `queued` delivery per message in a single statement (arrays through `unnest`, so
 * the bind-parameter count does not grow with the batch). A key that already exists, from an
 * earlier call, a concurrent one or twice in this batch, is skipped by the unique index
 * (`ON CONFLICT DO NOTHING`): only the rows returned here may be sent. A returned row is already
 * its first attempt (attempts 1, `last_attempt_at` now), which holds it against a concurrent
 * `deliverNotification` for the lease. Letters are not attempted: they wait for printing.
 */
export const insertDeliveries = async ({
  messages,
  payload,
  traceId,
}: {
  messages: NotificationMessage[]
  payload: Payload
  traceId: null | string
}): Promise<DeliveryRecord[]> => {
  if (messages.length === 0) return []
  const column = <T>(pick: (message: NotificationMessage) => T) => messages.map(pick)
  const isAttempted = column((m) => m.channel !== 'letter')
  const { rows } = await poolOf(payload).query<DeliveryRow>(
    `insert into deliveries
       (tenant_id, apartment_id, building_id, channel, recipient, subject, body, idempotency_key,
        status, attempts, trace_id, last_attempt_at)
     select t.tenant_id, t.apartment_id, t.building_id, t.channel::enum_deliveries_channel, t.recipient,
            t.subject, t.body, t.idempotency_key, 'queued', case when t.attempted then 1 else 0 end, $10,
            case when t.attempted then now() end
       from unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bool[])
         as t(tenant_id, apartment_id, building_id, channel, recipient, subject, body, idempotency_key, attempted)
     on conflict (idempotency_key) do nothing
     returning *`,
    [
      column((m) => m.tenant),
      column((m) => m.apartment ?? null),
      column((m) => m.building ?? null),
      column((m) => m.channel),
      column((m) => m.to),
      column((m) => m.subject),
      column((m) => m.body),
      column((m) => m.idempotencyKey),
      isAttempted,
      traceId,
    ],
  )
  return rows.map(deliveryFromRow)
}
