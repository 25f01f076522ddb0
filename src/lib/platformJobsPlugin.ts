import type { Plugin } from 'payload'

import { cleanupIdempotencyKeysSchedule, cleanupIdempotencyKeysTask } from './idempotency'
import { deliverNotificationTask } from './notifications/deliverNotificationTask'
import { registerTasks } from './queue/registerTasks'
import { registerSchedules } from './scheduler/registerSchedules'

/** The platform's own background work: delivery retries, housekeeping, and the schedules that enqueue them. */
export const platformJobsPlugin = (): Plugin => (config) =>
  registerSchedules(registerTasks(config, [cleanupIdempotencyKeysTask, deliverNotificationTask]), [
    cleanupIdempotencyKeysSchedule,
  ])
