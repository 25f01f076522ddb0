import type { PayloadRequest } from 'payload'

import type { BulkJob } from '../../../payload-types'
import { BULK_JOBS } from '../constants'

/**
 * The job as an operation left it, for its answer: read past access, because the operation checked
 * the caller's right to act on the job (`findActableJob`) before it changed it.
 */
export const reloadJob = async ({
  jobId,
  req,
}: {
  jobId: number
  req: PayloadRequest
}): Promise<BulkJob> =>
  (await req.payload.findByID({
    collection: BULK_JOBS,
    depth: 0,
    id: jobId,
    overrideAccess: true,
    req,
  })) as BulkJob
