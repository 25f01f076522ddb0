import { createLocalReq } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import { inTransaction } from '../db/inTransaction'
import { sql } from '../db/transaction'
import { readEnv } from '../env'
import { isFeatureEnabled } from '../flags/isFeatureEnabled'
import { metrics } from '../metrics/registry'
import type { ListenerDefinition } from './defineListener'
import type { DomainEvent } from './eventCatalog'

export type DeliveryOutcome = 'duplicate' | 'handled' | 'missing' | 'skipped'

type EventRow = {
  created_at: string
  data: DomainEvent['data']
  id: string
  tenant_id: null | number
  trace_id: null | string
  type: DomainEvent['type']
}

/** Whether the listener's flag (if it has one) is on for the event's office. */
const isListenedTo = async ({
  listener,
  officeId,
  req,
}: {
  listener: ListenerDefinition
  officeId: null | number
  req: PayloadRequest
}): Promise<boolean> => {
  if (!listener.flag) return true
  const office =
    officeId === null
      ? null
      : await req.payload.findByID({
          collection: 'offices',
          depth: 0,
          disableErrors: true,
          id: officeId,
          req,
          select: { featureFlags: true },
        })
  return isFeatureEnabled({ flag: listener.flag, flags: readEnv().flags, office })
}

/**
 * Delivers one event to one listener, in one transaction: the receipt `(event, listener)` is
 * inserted first (a concurrent or repeated delivery waits on it and then finds it: `duplicate`),
 * then the handler runs on the same transaction, so its effect and the receipt commit together or
 * not at all. A handler that throws rolls both back and the queue retries the delivery. An event
 * of an office where the listener's flag is off is receipted `skipped`; one removed by the
 * retention cleanup is `missing`.
 */
export const deliverToListener = async ({
  eventId,
  listener,
  payload,
}: {
  eventId: number
  listener: ListenerDefinition
  payload: Payload
}): Promise<DeliveryOutcome> => {
  const req = await createLocalReq({ context: { actor: `listener:${listener.name}` } }, payload)
  const outcome = await inTransaction(req, async (db): Promise<DeliveryOutcome> => {
    const { rows } = await db.execute<EventRow>(sql`
      select id::text, tenant_id, type, data, trace_id,
             to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at
        from domain_events where id = ${eventId}`)
    const row = rows[0]
    if (!row) return 'missing'
    const isOn = await isListenedTo({ listener, officeId: row.tenant_id, req })
    const claimed = await db.execute(sql`
      insert into domain_event_receipts (event_id, listener, outcome)
      values (${eventId}, ${listener.name}, ${isOn ? 'handled' : 'skipped'})
      on conflict do nothing returning event_id`)
    if (claimed.rows.length === 0) return 'duplicate'
    if (!isOn) return 'skipped'
    const event = {
      createdAt: row.created_at,
      data: row.data,
      id: Number(row.id),
      tenant: row.tenant_id,
      traceId: row.trace_id,
      type: row.type,
    } as DomainEvent
    await listener.handler({ event, req })
    return 'handled'
  })
  metrics.domainEventDeliveries.inc({ listener: listener.name, outcome })
  return outcome
}
