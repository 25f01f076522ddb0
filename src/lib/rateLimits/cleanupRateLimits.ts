import type { Payload } from 'payload'

import { deleteInBatches } from '../db/deleteInBatches'
import { dbFor, sql } from '../db/transaction'
import { defineTask } from '../queue/defineTask'
import { defineSchedule } from '../scheduler/defineSchedule'

const CLEANUP_RATE_LIMITS_TASK = 'rate-limits.cleanup'

/**
 * Deletes the PostgreSQL counters whose window ended (Redis expires its own keys), a batch at a
 * time. Returns how many were deleted.
 */
export const cleanupRateLimits = async ({
  batchSize = 5_000,
  payload,
}: {
  batchSize?: number
  payload: Payload
}): Promise<number> => {
  const db = await dbFor({ payload, transactionID: undefined })
  return deleteInBatches({
    batchSize,
    db,
    statement: sql`
      with batch as (
        select key from rate_limits
         where expire < (extract(epoch from now()) * 1000)::bigint
         limit ${batchSize}
      ), gone as (delete from rate_limits r using batch where r.key = batch.key returning 1)
      select count(*) as count from gone`,
  })
}

/** Queue task: the cleanup above. Safe to run twice (a second run finds nothing). */
export const cleanupRateLimitsTask = defineTask<Record<string, never>>({
  name: CLEANUP_RATE_LIMITS_TASK,
  handler: async ({ payload }) => ({ deleted: await cleanupRateLimits({ payload }) }),
})

/** Daily at 04:07 UTC, apart from the other housekeeping. */
export const cleanupRateLimitsSchedule = defineSchedule({
  name: 'rate-limits.cleanup.daily',
  cron: '7 4 * * *',
  task: CLEANUP_RATE_LIMITS_TASK,
})
