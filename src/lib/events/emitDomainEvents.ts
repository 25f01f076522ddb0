import type { PayloadRequest } from 'payload'

import { inTransaction } from '../db/inTransaction'
import { executePrepared } from '../db/executePrepared'
import { sql } from '../db/transaction'
import { currentTraceId } from '../trace/traceContext'
import type { DomainEventInput } from './eventCatalog'
import { heardEvents } from './heardEvents'

/**
 * Puts events in the outbox (`domain_events`) in `req`'s transaction: they exist exactly when the
 * change they report commits, and the dispatcher hands each to its listeners after that
 * (`dispatchDomainEvents`). Call it in the transaction that makes the change (without one, it
 * commits on its own). One statement for any number of events (a prepared one for a single event,
 * the payment path's case); every row carries the current trace id.
 *
 * Only events some registered listener listens to are written: one nobody listens to would be
 * dispatched to no one, and a bulk issue would pay a row per charge for it. The outbox is the
 * listeners' queue, not the log of facts; the audit trail is that.
 */
export const emitDomainEvents = async ({
  events,
  req,
}: {
  events: readonly DomainEventInput[]
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>
}): Promise<void> => {
  const wanted = heardEvents(req.payload.config, events)
  if (wanted.length === 0) return
  const traceId = currentTraceId() ?? null
  await inTransaction(req as PayloadRequest, async (db) => {
    if (wanted.length === 1) {
      const [event] = wanted
      await executePrepared(
        db,
        sql`
        insert into domain_events (tenant_id, type, data, trace_id)
        values (${event.tenant}, ${event.type}, ${JSON.stringify(event.data)}::jsonb, ${traceId})`,
      )
      return
    }
    const rows = wanted.map((event) => ({
      data: event.data,
      tenant_id: event.tenant,
      trace_id: traceId,
      type: event.type,
    }))
    await db.execute(sql`
      insert into domain_events (tenant_id, type, data, trace_id)
      select tenant_id, type, data, trace_id
        from json_to_recordset(${JSON.stringify(rows)}::json)
          as x(tenant_id int, type text, data jsonb, trace_id text)`)
  })
}
