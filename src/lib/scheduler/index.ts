/**
 * Cron ticks that enqueue (node-cron 4), on when `ENABLE_SCHEDULER` is. Declare schedules with
 * `defineSchedule`, add them with `registerSchedules`. Operations: docs/runbooks/queue.md.
 */
export { createScheduler, type Scheduler, type TickResult } from './createScheduler'
export { defineSchedule, type ScheduleDefinition } from './defineSchedule'
export { configuredSchedules, registerSchedules } from './registerSchedules'
export { schedulerPlugin } from './schedulerPlugin'
export { startScheduler, stopScheduler } from './schedulerSingleton'
export { schedulePeriodSeconds, tickKey } from './tickKey'
