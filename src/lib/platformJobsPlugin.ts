import type { Plugin } from 'payload'

import { cleanupIdempotencyKeysSchedule, cleanupIdempotencyKeysTask } from './idempotency'
import { registerTasks } from './queue/registerTasks'
import { registerSchedules } from './scheduler/registerSchedules'

/** The platform's own background work: housekeeping tasks and the schedules that enqueue them. */
export const platformJobsPlugin = (): Plugin => (config) =>
  registerSchedules(registerTasks(config, [cleanupIdempotencyKeysTask]), [cleanupIdempotencyKeysSchedule])
