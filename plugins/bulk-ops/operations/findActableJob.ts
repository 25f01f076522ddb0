import type { PayloadRequest } from 'payload'

import type { BulkJob } from '../../../payload-types'
import { BULK_JOBS } from '../constants'
import { bulkCallerOf, mayActOnBuildings } from './bulkCaller'
import { jobScopeOf } from './jobScopeOf'
import { forbidden, notFound } from '../../../src/lib/errors/domainError'

/**
 * A job the caller may act on. Read through the collection's access (our scope filter and the
 * multi-tenant constraint), so another office's job, or one that does not exist, is `not-found`;
 * a manager who sees a job through one of their buildings but not all of its buildings is
 * `forbidden`.
 */
export const findActableJob = async ({
  jobId,
  req,
}: {
  jobId: number
  req: PayloadRequest
}): Promise<BulkJob> => {
  const scope = bulkCallerOf(req)
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
  if (!mayActOnBuildings({ buildingIds: jobScopeOf(job).buildings, scope })) {
    throw forbidden('The job covers buildings you do not manage')
  }
  return job
}
