import type { PaginatedDocs, PayloadRequest, Where } from 'payload'

import type { BulkJobItem } from '../../../payload-types'
import { BULK_JOB_ITEMS } from '../constants'
import type { BulkItemStatus } from '../constants'

/** A page of a job's items in plan order, read with the caller's access. */
export const bulkJobItemsPage = async ({
  jobId,
  limit = 50,
  page = 1,
  req,
  status,
}: {
  jobId: number
  limit?: number
  page?: number
  req: PayloadRequest
  status?: BulkItemStatus
}): Promise<PaginatedDocs<BulkJobItem>> => {
  const where: Where[] = [{ job: { equals: jobId } }]
  if (status) where.push({ status: { equals: status } })
  return (await req.payload.find({
    collection: BULK_JOB_ITEMS,
    depth: 0,
    limit,
    overrideAccess: false,
    page,
    req,
    sort: 'id',
    where: { and: where },
  })) as PaginatedDocs<BulkJobItem>
}
