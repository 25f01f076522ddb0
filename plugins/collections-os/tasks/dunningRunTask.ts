import { defineTask } from '../../../src/lib/queue/defineTask'
import { DUNNING_RUNS } from '../constants'
import { executeDunningRun } from '../operations/executeDunningRun'
import { recordRunMetrics } from '../operations/recordRunMetrics'

export const DUNNING_RUN_TASK = 'dunning.run'

/**
 * A dunning run on the queue: retried with exponential backoff (SMTP down, database restarts);
 * after the last attempt the run is marked `dead-letter` and pg-boss keeps the job for replay.
 * Replays and retries are safe: events and deliveries are unique by key.
 */
export const dunningRunTask = defineTask<{ runId: number }>({
  name: DUNNING_RUN_TASK,
  expireInSeconds: 1_800,
  handler: async ({ data, job, payload }) => {
    const startedAt = performance.now()
    try {
      return await executeDunningRun({ payload, runId: data.runId })
    } catch (err) {
      const isLastAttempt = job.retryCount >= job.retryLimit
      const failedRun = await payload.update({
        collection: DUNNING_RUNS,
        data: { error: (err as Error).message, status: isLastAttempt ? 'dead-letter' : 'failed' },
        id: data.runId,
      })
      recordRunMetrics({
        durationSeconds: (performance.now() - startedAt) / 1000,
        isDryRun: Boolean(failedRun.isDryRun),
        outcome: isLastAttempt ? 'dead-letter' : 'failed',
      })
      throw err
    }
  },
  retryBackoff: true,
  retryDelaySeconds: 60,
  retryLimit: 4,
})
