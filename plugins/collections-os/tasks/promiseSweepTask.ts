import { defineTask } from '../../../src/lib/queue/defineTask'
import { defineSchedule } from '../../../src/lib/scheduler/defineSchedule'
import { sweepPromises } from '../operations/sweepPromises'

const PROMISE_SWEEP_TASK = 'dunning.promise-sweep'

/**
 * Marks lapsed promises broken, and kept any a payment's listener missed (runs settle first too;
 * a payment settles its apartment's promises at once, `settlePromisesOnPayment`).
 */
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

/** The sweep every `minutes` (a divisor of 60; `collectionsOsPlugin`'s `promiseSweepMinutes`). */
export const promiseSweepSchedule = (minutes: number) =>
  defineSchedule({
    name: `dunning.promise-sweep.every-${minutes}-minutes`,
    cron: `*/${minutes} * * * *`,
    periodSeconds: minutes * 60,
    task: PROMISE_SWEEP_TASK,
  })
