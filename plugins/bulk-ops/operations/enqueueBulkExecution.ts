import { enqueue } from '../../../src/lib/queue/enqueue'
import { runWithTrace } from '../../../src/lib/trace/traceContext'
import { BULK_EXECUTE_TASK } from '../tasks/taskNames'

/**
 * Hands a job that just switched to `executing` to the `bulk.execute` task, under the job's trace
 * (the worker and its audit events run in it). `run` names the transition (the first execute, or
 * a retry after a given finish), so a repeated enqueue of one transition is one queue job while a
 * later retry is a new one.
 */
export const enqueueBulkExecution = async ({
  jobId,
  run,
  traceId,
}: {
  jobId: number
  run: string
  traceId: string
}): Promise<void> => {
  await runWithTrace(traceId, () =>
    enqueue({ data: { jobId }, key: `bulk-job:${jobId}:${run}`, name: BULK_EXECUTE_TASK }),
  )
}
