import { defineTask } from '../queue/defineTask'
import { defineSchedule } from '../scheduler/defineSchedule'
import { cleanupIdempotencyKeys } from './cleanupIdempotencyKeys'

const CLEANUP_IDEMPOTENCY_KEYS_TASK = 'idempotency-keys.cleanup'

/** Queue task: deletes idempotency keys past their 24 hours. Safe to run twice (a second run finds nothing). */
export const cleanupIdempotencyKeysTask = defineTask<Record<string, never>>({
  name: CLEANUP_IDEMPOTENCY_KEYS_TASK,
  handler: async ({ payload }) => ({ deleted: await cleanupIdempotencyKeys({ payload }) }),
})

/** Daily at 03:17 UTC, off the hour when other schedules crowd. */
export const cleanupIdempotencyKeysSchedule = defineSchedule({
  name: 'idempotency-keys.cleanup.daily',
  cron: '17 3 * * *',
  task: CLEANUP_IDEMPOTENCY_KEYS_TASK,
})
