import { defineTask } from '../../../src/lib/queue/defineTask'
import { defineSchedule } from '../../../src/lib/scheduler/defineSchedule'
import { sweepPromises } from '../operations/sweepPromises'

export const PROMISE_SWEEP_TASK = 'dunning.promise-sweep'

/** Marks promises kept or broken as payments arrive and due dates pass (runs also settle first). */
export const promiseSweepTask = defineTask<Record<string, never>>({
  name: PROMISE_SWEEP_TASK,
  handler: async ({ payload }) => {
    const settled = await sweepPromises({ payload })
    return {
      broken: settled.filter((p) => p.status === 'broken').length,
      kept: settled.filter((p) => p.status === 'kept').length,
    }
  },
})

export const promiseSweepSchedule = defineSchedule({
  name: 'dunning.promise-sweep.every-15-minutes',
  cron: '*/15 * * * *',
  periodSeconds: 900,
  task: PROMISE_SWEEP_TASK,
})
