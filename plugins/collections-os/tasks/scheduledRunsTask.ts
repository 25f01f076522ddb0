import { defineTask } from '../../../src/lib/queue/defineTask'
import { defineSchedule } from '../../../src/lib/scheduler/defineSchedule'
import { startScheduledRuns } from '../operations/startScheduledRuns'

export const SCHEDULED_RUNS_TASK = 'dunning.scheduled-runs'

/** Every five minutes: start the runs whose policy's cron came due (once per occurrence). */
export const scheduledRunsTask = defineTask<Record<string, never>>({
  name: SCHEDULED_RUNS_TASK,
  handler: async ({ payload }) => ({
    started: (await startScheduledRuns({ now: new Date(), payload })).length,
  }),
})

export const scheduledRunsSchedule = defineSchedule({
  name: 'dunning.scheduled-runs.every-5-minutes',
  cron: '*/5 * * * *',
  periodSeconds: 300,
  task: SCHEDULED_RUNS_TASK,
})
