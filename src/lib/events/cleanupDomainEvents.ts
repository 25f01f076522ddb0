import type { Payload } from 'payload'

import { deleteInBatches } from '../db/deleteInBatches'
import { dbFor, sql } from '../db/transaction'

/** Dispatched events (and their receipts) are kept this long: far past any listener's retries. */
const EVENT_RETENTION_DAYS = 30

/**
 * Deletes dispatched events older than the retention, with their receipts, a batch at a time so
 * no statement holds many row locks. Undispatched events are never deleted. Returns how many.
 */
export const cleanupDomainEvents = async ({
  batchSize = 5_000,
  payload,
}: {
  /** @default 5000 */
  batchSize?: number
  payload: Payload
}): Promise<number> => {
  const db = await dbFor({ payload, transactionID: undefined })
  return deleteInBatches({
    batchSize,
    db,
    statement: sql`
      with batch as (
        select id from domain_events
         where dispatched_at < now() - make_interval(days => ${EVENT_RETENTION_DAYS})
         order by id limit ${batchSize}
      ), gone as (delete from domain_events where id in (select id from batch) returning 1)
      select count(*)::text as count from gone`,
  })
}
