import type { PayloadRequest } from 'payload'

import type { BulkJob } from '../../../payload-types'
import { BULK_JOBS } from '../constants'
import { bulkCallerOf } from './bulkCaller'
import { notFound } from '../../../src/lib/errors/domainError'

/**
 * A job the caller may act on. Read through the collection's access (our scope filter and the
 * multi-tenant constraint), so another office's job, one that does not exist, or, for a manager,
 * one that covers a building they do not manage (`readBulkJobs`) is `not-found`.
 */
export const findActableJob = async ({
  jobId,
  req,
}: {
  jobId: number
  req: PayloadRequest
}): Promise<BulkJob> => {
  bulkCallerOf(req) // residents and vendors: forbidden, not "not found"
  const missing = notFound('Bulk job not found')
  if (!Number.isSafeInteger(jobId) || jobId <= 0) throw missing
  const { docs } = await req.payload.find({
    collection: BULK_JOBS,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    req,
    where: { id: { equals: jobId } },
  })
  const job = docs[0] as BulkJob | undefined
  if (!job) throw missing
  return job
}
