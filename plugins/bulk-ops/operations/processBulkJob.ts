import { createLocalReq } from 'payload'
import type { Payload } from 'payload'

import type { BulkJob, Office } from '../../../payload-types'
import { idOf } from '../../../src/access/scopeOf'
import { currentTraceId, newTraceId, runWithTrace } from '../../../src/lib/trace/traceContext'
import { BULK_JOBS } from '../constants'
import { applyChargeItems } from './applyChargeItems'
import { BULK_SYSTEM_ACTOR } from './bulkAudit'
import { executeItemBatches } from './executeItemBatches'
import { finishBulkJob } from './finishBulkJob'
import { sendReminderItems } from './sendReminderItems'
import type { WorkerJob } from './workerJob'
import { writeJobExport } from './writeJobExport'

export type ProcessResult = { jobId: number; status: null | string }

/**
 * The worker's part of a job (the `bulk.execute` task): executes the pending items of an
 * `executing` job, in batches for charges and reminders, as one file for an export, then
 * finishes the job. Runs under the job's trace id. Safe to run twice or side by side: items are
 * claimed with SKIP LOCKED and every effect is unique by its key; a job that is not executing
 * (finished, or not started) is left alone.
 */
export const processBulkJob = async ({
  batchSize,
  jobId,
  payload,
}: {
  /** Items per execution transaction. @default EXECUTION_BATCH_SIZE */
  batchSize?: number
  jobId: number
  payload: Payload
}): Promise<ProcessResult> => {
  const stored = (await payload.findByID({
    collection: BULK_JOBS,
    depth: 0,
    disableErrors: true,
    id: jobId,
    overrideAccess: true,
  })) as BulkJob | null
  if (!stored || stored.status !== 'executing') return { jobId, status: stored?.status ?? null }
  const officeId = idOf(stored.tenant) as number
  const office = (await payload.findByID({
    collection: 'offices',
    depth: 0,
    id: officeId,
    overrideAccess: true,
  })) as Office
  const job: WorkerJob = {
    id: stored.id,
    action: stored.action,
    parameters: stored.parameters,
    tenant: officeId,
    timezone: office.timezone,
  }

  return runWithTrace(stored.traceId ?? currentTraceId() ?? newTraceId(), async () => {
    const req = await createLocalReq({ context: { actor: BULK_SYSTEM_ACTOR } }, payload)
    if (job.action === 'export') await writeJobExport({ job, req })
    else
      await executeItemBatches({
        applyBatch: job.action === 'reminders' ? sendReminderItems : applyChargeItems,
        batchSize,
        job,
        req,
      })
    const status = await finishBulkJob({ job, req })
    return { jobId, status }
  })
}
