import type { PayloadRequest } from 'payload'

import type { BulkJob } from '../../../payload-types'
import { idOf } from '../../../src/access/scopeOf'
import { sql } from '../../../src/lib/db/transaction'
import { refuseCancel } from '../engine/jobRefusals'
import { auditBulk } from './bulkAudit'
import { refuse } from './refuse'
import { findActableJob } from './findActableJob'
import { inTransaction } from '../../../src/lib/db/inTransaction'
import { lockJob } from './lockJob'
import { reloadJob } from './reloadJob'

/** Cancels a job that has not started (draft or dry-run-ready); its dry-run items stay as they were planned. */
export const cancelBulkJob = async ({
  jobId,
  req,
}: {
  jobId: number
  req: PayloadRequest
}): Promise<BulkJob> => {
  const job = await findActableJob({ jobId, req })
  refuse(refuseCancel(job.status))
  await inTransaction(req, async (db) => {
    const { status } = await lockJob({ db, jobId })
    refuse(refuseCancel(status))
    await db.execute(
      sql`update bulk_jobs set status = 'cancelled', updated_at = now() where id = ${jobId}`,
    )
    await auditBulk({
      jobs: [
        {
          action: 'bulk-job.cancelled',
          before: { status },
          jobId,
          tenant: idOf(job.tenant) as number,
        },
      ],
      req,
    })
  })
  return reloadJob({ jobId, req })
}
