import type { PayloadRequest } from 'payload'

import type { BulkJob } from '../../../payload-types'
import { idOf } from '../../../src/access/scopeOf'
import { sql } from '../../../src/lib/db/transaction'
import { metrics } from '../../../src/lib/metrics/registry'
import { currentTraceId, newTraceId, runWithTrace } from '../../../src/lib/trace/traceContext'
import { refuseExecute } from '../engine/jobRefusals'
import { auditBulk } from './bulkAudit'
import { refuse } from './refuse'
import { computePlan } from './computePlan'
import { enqueueBulkExecution } from './enqueueBulkExecution'
import { findActableJob } from './findActableJob'
import { inTransaction } from '../../../src/lib/db/inTransaction'
import { lockJob } from './lockJob'
import { conflict } from '../../../src/lib/errors/domainError'
import { reloadJob } from './reloadJob'

const DRIFT = 'The data changed since the dry-run; dry-run again'

/**
 * Starts a dry-run job. The plan is computed again from the current data and its hash compared
 * with the dry-run's (`plan-drift` when they differ: nothing runs). One conditional UPDATE moves
 * the job from `dry-run-ready` to `executing` with the same hash, so of two concurrent executes
 * exactly one starts and the other gets `already-executing`. The job is then queued for the
 * `bulk.execute` worker under its own trace id. Call it without an open transaction on `req`:
 * the switch must be committed before the worker looks at the job.
 */
export const executeBulkJob = async ({
  jobId,
  req,
}: {
  jobId: number
  req: PayloadRequest
}): Promise<BulkJob> => {
  const job = await findActableJob({ jobId, req })
  refuse(refuseExecute(job.status))
  const plan = await computePlan({ job, req })
  if (plan.planHash !== job.planHash) throw conflict('plan-drift', DRIFT)
  const officeId = idOf(job.tenant) as number
  const traceId = job.traceId ?? currentTraceId() ?? newTraceId()

  // The switch is audited under the job's trace, like everything the worker then does for it.
  await runWithTrace(traceId, () =>
    inTransaction(req, async (db) => {
      const { rows } = await db.execute(sql`
      update bulk_jobs set status = 'executing', started_at = now(), finished_at = null, error = null, trace_id = ${traceId}, updated_at = now()
       where id = ${jobId} and status = 'dry-run-ready' and plan_hash = ${plan.planHash}
      returning id`)
      if (rows.length === 0) {
        // Lost a race: another execute started it, or a dry-run replaced the plan meanwhile.
        const { status } = await lockJob({ db, jobId })
        refuse(refuseExecute(status))
        throw conflict('plan-drift', DRIFT)
      }
      await auditBulk({
        jobs: [
          {
            action: 'bulk-job.execution-started',
            after: { planHash: plan.planHash, traceId },
            jobId,
            tenant: officeId,
          },
        ],
        req,
      })
    }),
  )

  try {
    await enqueueBulkExecution({ jobId, run: 'execute', traceId })
  } catch (err) {
    // Without its queue job nothing would ever run the job: put it back, so execute can be asked again.
    await inTransaction(req, (db) =>
      db.execute(
        sql`update bulk_jobs set status = 'dry-run-ready', started_at = null, updated_at = now() where id = ${jobId} and status = 'executing'`,
      ),
    )
    throw err
  }
  // Items the dry-run planned as skipped end here; the worker counts the others as it finishes them.
  metrics.bulkJobItems.inc({ action: job.action, status: 'skipped' }, job.itemsSkipped ?? 0)
  return reloadJob({ jobId, req })
}
