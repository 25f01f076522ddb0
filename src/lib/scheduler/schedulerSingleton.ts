import type { Payload } from 'payload'

import type { QueueClient } from '../queue/queueClient'
import { createScheduler } from './createScheduler'
import type { Scheduler } from './createScheduler'
import type { ScheduleDefinition } from './defineSchedule'

// On globalThis for the same reason as the queue: Next.js may load this module twice.
const KEY = Symbol.for('building-office.scheduler')
const store = globalThis as typeof globalThis & { [KEY]?: Scheduler }

/** Starts this process's scheduler once; later calls return the running one. */
export const startScheduler = ({
  client,
  logger,
  schedules,
}: {
  client: QueueClient
  logger: Payload['logger']
  schedules: ScheduleDefinition[]
}): Scheduler => {
  const existing = store[KEY]
  if (existing) return existing
  const scheduler = createScheduler({ client, logger, schedules })
  scheduler.start()
  store[KEY] = scheduler
  logger.info({
    msg: `scheduler: ticking ${schedules.map((schedule) => schedule.name).join(', ') || 'no schedules'}`,
  })
  return scheduler
}

export const stopScheduler = async (): Promise<void> => {
  const scheduler = store[KEY]
  if (!scheduler) return
  delete store[KEY]
  await scheduler.stop()
}
