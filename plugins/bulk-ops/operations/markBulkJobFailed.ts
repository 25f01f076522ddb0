import { createLocalReq } from 'payload'
import type { Payload } from 'payload'

import { sql } from '../../../src/lib/db/transaction'
import { metrics } from '../../../src/lib/metrics/registry'
import type { BulkAction } from '../constants'
import { auditBulk } from './bulkAudit'
import { inTransaction } from '../../../src/lib/db/inTransaction'

/**
 * The job itself could not run (its worker kept failing until the queue gave up): `failed`, with
 * the error. Items keep their statuses; `retryBulkJob` picks up the failed and pending ones.
 */
export const markBulkJobFailed = async ({
  action,
  error,
  jobId,
  payload,
}: {
  action: BulkAction
  error: string
  jobId: number
  payload: Payload
}): Promise<void> => {
  const req = await createLocalReq({}, payload)
  const marked = await inTransaction(req, async (db) => {
    const { rows } = await db.execute<{ seconds: null | number; tenant_id: number }>(sql`
      update bulk_jobs set status = 'failed', error = ${error.slice(0, 2_000)}, finished_at = now(), updated_at = now()
       where id = ${jobId} and status = 'executing' returning tenant_id, extract(epoch from now() - started_at)::float8 as seconds`)
    if (rows[0])
      await auditBulk({
        jobs: [{ action: 'bulk-job.failed', after: { error }, jobId, tenant: rows[0].tenant_id }],
        req,
      })
    return rows[0] ?? null
  })
  if (marked) metrics.bulkJobDuration.observe({ action, outcome: 'failed' }, marked.seconds ?? 0)
}
