import type { Plugin } from 'payload'

import {
  cleanupDomainEventsSchedule,
  cleanupDomainEventsTask,
} from './events/cleanupDomainEventsTask'
import {
  cleanupIdempotencyKeysSchedule,
  cleanupIdempotencyKeysTask,
} from './idempotency/cleanupIdempotencyKeysTask'
import { deliverNotificationTask } from './notifications/deliverNotificationTask'
import { cleanupRateLimitsSchedule, cleanupRateLimitsTask } from './rateLimits/cleanupRateLimits'
import { registerTasks } from './queue/registerTasks'
import { registerSchedules } from './scheduler/registerSchedules'
import {
  pruneSecurityEventsSchedule,
  pruneSecurityEventsTask,
} from './security/pruneSecurityEvents'

/** The platform's own background work: delivery retries, housekeeping, and the schedules that enqueue them. */
export const platformJobsPlugin = (): Plugin => (config) => {
  const tasks = [
    cleanupIdempotencyKeysTask,
    cleanupDomainEventsTask,
    cleanupRateLimitsTask,
    pruneSecurityEventsTask,
    deliverNotificationTask,
  ]
  const schedules = [
    cleanupIdempotencyKeysSchedule,
    cleanupDomainEventsSchedule,
    cleanupRateLimitsSchedule,
    pruneSecurityEventsSchedule,
  ]
  return registerSchedules(registerTasks(config, tasks), schedules)
}
