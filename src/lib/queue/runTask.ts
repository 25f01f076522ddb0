import type { Payload } from 'payload'
import type PgBoss from 'pg-boss'

import { newTraceId, runWithTrace } from '../trace/traceContext'
import type { TaskDefinition } from './defineTask'
import type { JobEnvelope } from './jobEnvelope'

/**
 * Runs one job's handler inside the trace of the code that enqueued it. A throw is logged and
 * rethrown: pg-boss then records the failure and schedules the retry or the dead letter.
 */
export const runTask = async ({
  job,
  payload,
  task,
}: {
  job: PgBoss.JobWithMetadata<JobEnvelope>
  payload: Payload
  task: TaskDefinition
}): Promise<unknown> => {
  // A job sent around this module (psql, pg-boss directly) may lack the envelope's trace.
  const traceId = job.data?.traceId ?? newTraceId()
  return runWithTrace(traceId, async () => {
    try {
      return await task.handler({
        data: job.data?.data,
        job: {
          id: job.id,
          name: job.name,
          createdOn: job.createdOn,
          retryCount: job.retryCount,
          retryLimit: job.retryLimit,
        },
        payload,
        traceId,
      })
    } catch (err) {
      const attempt = `attempt ${job.retryCount + 1} of ${job.retryLimit + 1}`
      const next = job.retryCount >= job.retryLimit ? ', moving to the dead-letter queue' : ''
      payload.logger.error({
        err,
        jobId: job.id,
        msg: `queue: task ${task.name} failed (${attempt})${next}`,
        traceId,
      })
      throw err
    }
  })
}
