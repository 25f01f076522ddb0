import { defineTask } from '../../../src/lib/queue/defineTask'
import { defineSchedule } from '../../../src/lib/scheduler/defineSchedule'
import { startScheduledRuns } from '../operations/startScheduledRuns'

const SCHEDULED_RUNS_TASK = 'dunning.scheduled-runs'

/** Every five minutes: start the runs whose policy's cron came due (once per occurrence). */
export const scheduledRunsTask = defineTask<Record<string, never>>({
  name: SCHEDULED_RUNS_TASK,
  handler: async ({ payload }) => ({
    started: (await startScheduledRuns({ now: new Date(), payload })).length,
  }),
})

/** The look for due runs every `minutes` (a divisor of 60; `scheduledRunsMinutes`). */
export const scheduledRunsSchedule = (minutes: number) =>
  defineSchedule({
    name: `dunning.scheduled-runs.every-${minutes}-minutes`,
    cron: `*/${minutes} * * * *`,
    periodSeconds: minutes * 60,
    task: SCHEDULED_RUNS_TASK,
  })
