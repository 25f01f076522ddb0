import type { PayloadRequest } from 'payload'

import { sql } from '../../../src/lib/db/transaction'
import { metrics } from '../../../src/lib/metrics/registry'
import { auditBulk } from './bulkAudit'
import { inTransaction } from '../../../src/lib/db/inTransaction'
import type { WorkerJob } from './workerJob'

type Finished = {
  items_failed: string
  items_skipped: string
  items_succeeded: string
  items_total: string
  seconds: null | number
  status: string
}

/**
 * Ends an execution once no item is pending: the counters recounted from the items (so they are
 * exact whatever retries did), `completed` or `completed-with-errors`, the finish time, the job's
 * audit event and, in `bulk_job_duration_seconds`, the time since this execution (or retry) was
 * started, queue wait included: what the office waited for. Conditional on `executing`, so of
 * two workers finishing the same job one records it. Returns the new status, or null when items
 * are still pending (another worker holds them) or the job was finished already.
 */
export const finishBulkJob = async ({
  job,
  req,
}: {
  job: WorkerJob
  req: PayloadRequest
}): Promise<null | string> => {
  const finished = await inTransaction(req, async (db) => {
    const { rows } = await db.execute<Finished>(sql`
      with counts as (
        select count(*) filter (where status = 'succeeded') as succeeded, count(*) filter (where status = 'failed') as failed,
               count(*) filter (where status = 'skipped') as skipped, count(*) filter (where status = 'pending') as pending, count(*) as total
          from bulk_job_items where job_id = ${job.id}
      )
      update bulk_jobs j
         set status = (case when c.failed > 0 then 'completed-with-errors' else 'completed' end)::enum_bulk_jobs_status,
             items_succeeded = c.succeeded, items_failed = c.failed, items_skipped = c.skipped, items_total = c.total,
             finished_at = now(), error = null, updated_at = now()
        from counts c
       where j.id = ${job.id} and j.status = 'executing' and c.pending = 0
      returning j.status, j.items_total::text, j.items_succeeded::text, j.items_failed::text, j.items_skipped::text,
                extract(epoch from now() - j.started_at)::float8 as seconds`)
    const row = rows[0]
    if (!row) return null
    const after = {
      failed: Number(row.items_failed),
      skipped: Number(row.items_skipped),
      succeeded: Number(row.items_succeeded),
      total: Number(row.items_total),
    }
    await auditBulk({
      jobs: [{ action: `bulk-job.${row.status}`, after, jobId: job.id, tenant: job.tenant }],
      req,
    })
    return { seconds: row.seconds ?? 0, status: row.status }
  })
  if (!finished) return null
  metrics.bulkJobDuration.observe(
    { action: job.action, outcome: finished.status },
    finished.seconds,
  )
  return finished.status
}
