import type { Payload } from 'payload'

import { deleteInBatches } from '../db/deleteInBatches'
import { dbFor, sql } from '../db/transaction'
import { defineTask } from '../queue/defineTask'
import { defineSchedule } from '../scheduler/defineSchedule'
import { SECURITY_EVENT_RETENTION_DAYS } from './kinds'

const PRUNE_SECURITY_EVENTS_TASK = 'security-events.prune'

/**
 * Deletes the security events older than the retention (90 days: a quarter to look back on an
 * incident or a slow attack, while client addresses, which are personal data, are kept no longer
 * than that use needs), a batch at a time along `created_at`'s index. Returns how many went.
 */
export const pruneSecurityEvents = async ({
  batchSize = 5_000,
  now = new Date(),
  payload,
  retentionDays = SECURITY_EVENT_RETENTION_DAYS,
}: {
  batchSize?: number
  now?: Date
  payload: Payload
  retentionDays?: number
}): Promise<number> => {
  const db = await dbFor({ payload, transactionID: undefined })
  const before = new Date(now.getTime() - retentionDays * 86_400_000).toISOString()
  return deleteInBatches({
    batchSize,
    db,
    statement: sql`
      with batch as (
        select id from security_events where created_at < ${before}::timestamptz limit ${batchSize}
      ), gone as (delete from security_events e using batch where e.id = batch.id returning 1)
      select count(*) as count from gone`,
  })
}

/** Queue task: the prune above. Safe to run twice (a second run finds nothing). */
export const pruneSecurityEventsTask = defineTask<Record<string, never>>({
  name: PRUNE_SECURITY_EVENTS_TASK,
  handler: async ({ payload }) => ({ deleted: await pruneSecurityEvents({ payload }) }),
})

/** Daily at 04:27 UTC, after the rate limits' cleanup. */
export const pruneSecurityEventsSchedule = defineSchedule({
  name: 'security-events.prune.daily',
  cron: '27 4 * * *',
  task: PRUNE_SECURITY_EVENTS_TASK,
})
