import { oneOfParam, positiveIntParam } from '../../../src/lib/admin/viewQuery'
import type { SearchParams } from '../../../src/lib/admin/viewQuery'
import { BULK_ITEM_STATUSES, BULK_JOB_STATUSES } from '../constants'
import type { BulkItemStatus, BulkJobStatus } from '../constants'

export type BulkViewParams = {
  /** Only items of this status in the open job's item table. */
  itemStatus?: BulkItemStatus
  itemsPage: number
  /** The job whose dry-run, progress or results the page shows; absent: the wizard's first step. */
  jobId?: number
  /** The office a user of several offices (or a platform admin) looks at. */
  office?: number
  /** Page of the job list. */
  page: number
  /** Only jobs of this status in the job list. */
  status?: BulkJobStatus
}

/**
 * The Bulk Center keeps its state in the URL (the open job, pages, filters), so a job's results
 * can be bookmarked or sent to a colleague. Unknown values are ignored like absent ones.
 */
export const viewParams = (searchParams: SearchParams): BulkViewParams => ({
  itemStatus: oneOfParam(BULK_ITEM_STATUSES, searchParams.items),
  itemsPage: positiveIntParam(searchParams.itemsPage) ?? 1,
  jobId: positiveIntParam(searchParams.job),
  office: positiveIntParam(searchParams.office),
  page: positiveIntParam(searchParams.page) ?? 1,
  status: oneOfParam(BULK_JOB_STATUSES, searchParams.status),
})

export { type SearchParams, viewHref } from '../../../src/lib/admin/viewQuery'
