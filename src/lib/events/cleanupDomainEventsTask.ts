import { defineTask } from '../queue/defineTask'
import { defineSchedule } from '../scheduler/defineSchedule'
import { cleanupDomainEvents } from './cleanupDomainEvents'

const CLEANUP_DOMAIN_EVENTS_TASK = 'domain-events.cleanup'

/** Queue task: the outbox's retention. Safe to run twice (a second run finds nothing). */
export const cleanupDomainEventsTask = defineTask<Record<string, never>>({
  name: CLEANUP_DOMAIN_EVENTS_TASK,
  handler: async ({ payload }) => ({ deleted: await cleanupDomainEvents({ payload }) }),
})

/** Daily at 03:47 UTC, after the idempotency keys' cleanup. */
export const cleanupDomainEventsSchedule = defineSchedule({
  name: 'domain-events.cleanup.daily',
  cron: '47 3 * * *',
  task: CLEANUP_DOMAIN_EVENTS_TASK,
})
