import type { Payload } from 'payload'

import { deleteInBatches } from '../db/deleteInBatches'
import { dbFor, sql } from '../db/transaction'
import { RETENTION_HOURS } from './constants'

/**
 * Deletes keys older than `olderThanHours` (completed ones, and claims abandoned in flight that
 * long), a batch at a time so no statement holds many row locks. Integrators are promised a key
 * lives at least 24 hours, so a shorter age is refused. Returns how many keys were deleted.
 */
export const cleanupIdempotencyKeys = async ({
  batchSize = 1_000,
  olderThanHours = RETENTION_HOURS,
  payload,
}: {
  /** Keys deleted per statement. @default 1000 */
  batchSize?: number
  /** @default 24 */
  olderThanHours?: number
  payload: Payload
}): Promise<number> => {
  if (!(olderThanHours >= RETENTION_HOURS)) {
    throw new RangeError(`idempotency keys are kept at least ${RETENTION_HOURS} hours`)
  }
  const db = await dbFor({ payload, transactionID: undefined })
  return deleteInBatches({
    batchSize,
    db,
    statement: sql`
      with batch as (
        select id from idempotency_keys
        where created_at < now() - ${olderThanHours}::float8 * interval '1 hour'
          and (status = 'completed' or claimed_at < now() - ${olderThanHours}::float8 * interval '1 hour')
        order by id
        limit ${batchSize}
        for update skip locked
      ), gone as (
        delete from idempotency_keys where id in (select id from batch) returning 1
      )
      select count(*)::text as count from gone`,
  })
}
