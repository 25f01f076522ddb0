import { defineTask } from '../../../src/lib/queue/defineTask'
import { BULK_JOBS } from '../constants'
import { markBulkJobFailed } from '../operations/markBulkJobFailed'
import { processBulkJob } from '../operations/processBulkJob'
import { describeError } from '../operations/recordItemFailures'
import { BULK_EXECUTE_TASK } from './taskNames'

/**
 * Executes a bulk job on the queue (enqueued by execute and retry). An item's own failure does
 * not fail the task (it is recorded on the item); a failure of the job as a whole (the database
 * gone) is retried with backoff, and after the last attempt the job is marked `failed`. Retries
 * and crash recovery are safe: items are claimed once and effects are unique by key. `batchSize`:
 * `bulkOpsPlugin`'s `executionBatchSize`.
 */
export const bulkExecuteTask = ({ batchSize }: { batchSize?: number } = {}) =>
  defineTask<{ jobId: number }>({
    name: BULK_EXECUTE_TASK,
    expireInSeconds: 3_600,
    handler: async ({ data, job, payload }) => {
      try {
        return await processBulkJob({ batchSize, jobId: data.jobId, payload })
      } catch (err) {
        if (job.retryCount >= job.retryLimit) {
          const stored = await payload.findByID({
            collection: BULK_JOBS,
            depth: 0,
            disableErrors: true,
            id: data.jobId,
            overrideAccess: true,
          })
          if (stored)
            await markBulkJobFailed({
              action: stored.action,
              error: describeError(err).message,
              jobId: data.jobId,
              payload,
            })
        }
        throw err
      }
    },
    retryBackoff: true,
    retryDelaySeconds: 30,
    retryLimit: 4,
  })
