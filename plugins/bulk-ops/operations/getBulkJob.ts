import type { PaginatedDocs, PayloadRequest } from 'payload'

import type { BulkJob, BulkJobError as BulkJobErrorDoc, BulkJobItem } from '../../../payload-types'
import { BULK_JOB_ERRORS } from '../constants'
import type { BulkItemStatus } from '../constants'
import { bulkJobItemsPage } from './bulkJobItemsPage'
import { findActableJob } from './findActableJob'

export type BulkJobView = {
  errors: PaginatedDocs<BulkJobErrorDoc>
  items: PaginatedDocs<BulkJobItem>
  job: BulkJob
}

/** A job the caller may act on, with a page of its items (optionally of one status) and its latest failed attempts. */
export const getBulkJob = async ({
  errorsLimit = 50,
  itemStatus,
  itemsLimit,
  itemsPage,
  jobId,
  req,
}: {
  errorsLimit?: number
  itemStatus?: BulkItemStatus
  itemsLimit?: number
  itemsPage?: number
  jobId: number
  req: PayloadRequest
}): Promise<BulkJobView> => {
  const job = await findActableJob({ jobId, req })
  const errors = (await req.payload.find({
    collection: BULK_JOB_ERRORS,
    depth: 0,
    limit: errorsLimit,
    overrideAccess: false,
    req,
    sort: '-id',
    where: { job: { equals: jobId } },
  })) as PaginatedDocs<BulkJobErrorDoc>
  return {
    errors,
    items: await bulkJobItemsPage({
      jobId,
      limit: itemsLimit,
      page: itemsPage,
      req,
      status: itemStatus,
    }),
    job,
  }
}
