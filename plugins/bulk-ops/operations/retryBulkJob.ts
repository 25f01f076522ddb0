import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import type { BulkJob } from '../../../payload-types'
import { idOf } from '../../../src/access/scopeOf'
import { arrayParam, sql } from '../../../src/lib/db/transaction'
import { newTraceId } from '../../../src/lib/trace/traceContext'
import { zodFieldErrors } from '../../../src/lib/validation/validationError'
import { refuseRetry } from '../engine/jobRefusals'
import { auditBulk } from './bulkAudit'
import { refuse } from './refuse'
import { enqueueBulkExecution } from './enqueueBulkExecution'
import { findActableJob } from './findActableJob'
import { inTransaction } from '../../../src/lib/db/inTransaction'
import { lockJob } from './lockJob'
import { invalid } from '../../../src/lib/errors/domainError'
import { reloadJob } from './reloadJob'

const itemIdsSchema = z.array(z.int().positive()).min(1).max(20_000).optional()

/**
 * Retries a job that completed with errors (or failed): its failed items (all, or the given
 * `itemIds`, each of which must be a failed item of the job) go back to pending, and the job is
 * executing and queued again. Succeeded and skipped items are never touched, and the effect keys
 * make a charge or message that did get through impossible to repeat. Nothing changes when any
 * given id is not a failed item of the job.
 */
export const retryBulkJob = async ({
  itemIds,
  jobId,
  req,
}: {
  itemIds?: number[]
  jobId: number
  req: PayloadRequest
}): Promise<BulkJob> => {
  const job = await findActableJob({ jobId, req })
  const parsed = itemIdsSchema.safeParse(itemIds)
  if (!parsed.success)
    throw invalid(
      zodFieldErrors(parsed.error).map((error) => ({
        ...error,
        path: `itemIds${error.path === '(body)' ? '' : `.${error.path}`}`,
      })),
    )
  refuse(refuseRetry(job.status))
  const officeId = idOf(job.tenant) as number

  const run = await inTransaction(req, async (db) => {
    const locked = await lockJob({ db, jobId })
    refuse(refuseRetry(locked.status))
    if (parsed.data) {
      const { rows } = await db.execute<{ id: number }>(sql`
        select id from bulk_job_items where job_id = ${jobId} and status = 'failed' and id = any(${arrayParam(parsed.data, 'int[]')})`)
      const failed = new Set(rows.map((row) => row.id))
      const errors = parsed.data.flatMap((id, index) =>
        failed.has(id)
          ? []
          : [{ message: 'Not a failed item of this job', path: `itemIds.${index}` }],
      )
      if (errors.length > 0) throw invalid(errors)
    }
    const reset = await db.execute<{ id: number }>(sql`
      update bulk_job_items set status = 'pending', error = null, finished_at = null, updated_at = now()
       where job_id = ${jobId} and status = 'failed' ${parsed.data ? sql`and id = any(${arrayParam(parsed.data, 'int[]')})` : sql``}
      returning id`)
    await db.execute(sql`
      update bulk_jobs set status = 'executing', items_failed = greatest(coalesce(items_failed, 0) - ${reset.rows.length}, 0),
             started_at = now(), finished_at = null, error = null, updated_at = now()
       where id = ${jobId}`)
    await auditBulk({
      jobs: [
        {
          action: 'bulk-job.retried',
          after: { items: reset.rows.map((row) => row.id) },
          jobId,
          tenant: officeId,
        },
      ],
      req,
    })
    return { previous: locked.status, run: `retry:${locked.finishedAt ?? Date.now()}` }
  })
  try {
    await enqueueBulkExecution({ jobId, run: run.run, traceId: job.traceId ?? newTraceId() })
  } catch (err) {
    // Not queued: back to where it was (the reset items stay pending, and a retry queues them).
    await inTransaction(req, (db) =>
      db.execute(
        sql`update bulk_jobs set status = ${run.previous}::enum_bulk_jobs_status, updated_at = now() where id = ${jobId} and status = 'executing'`,
      ),
    )
    throw err
  }
  return reloadJob({ jobId, req })
}
