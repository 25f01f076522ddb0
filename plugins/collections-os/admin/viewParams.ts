import { oneOfParam, positiveIntParam } from '../../../src/lib/admin/viewQuery'
import type { SearchParams } from '../../../src/lib/admin/viewQuery'
import { AGING_BUCKETS } from '../../../src/ledger/engine/agingBucket'
import type { AgingBucket } from '../../../src/ledger/engine/agingBucket'
import { QUEUE_STATUS_FILTERS } from './queueEntries'
import type { QueueFilters, QueueStatusFilter } from './queueEntries'

export type ViewParams = {
  filters: QueueFilters
  /** The office a user of several offices (or a platform admin) looks at. */
  office?: number
  page: number
  /** The run whose timeline the drawer shows. */
  runId?: number
  runsPage: number
}

/**
 * The view's state lives in the URL (filters, pages, the open run), so a filtered queue can be
 * bookmarked or shared. A value that is not one of the known ones is ignored, like an absent one:
 * a hand-edited link shows the unfiltered queue rather than an error page.
 */
export const viewParams = (searchParams: SearchParams): ViewParams => ({
  filters: {
    bucket: oneOfParam<AgingBucket>(AGING_BUCKETS, searchParams.bucket),
    buildingId: positiveIntParam(searchParams.building),
    status: oneOfParam<QueueStatusFilter>(QUEUE_STATUS_FILTERS, searchParams.status),
  },
  office: positiveIntParam(searchParams.office),
  page: positiveIntParam(searchParams.page) ?? 1,
  runId: positiveIntParam(searchParams.run),
  runsPage: positiveIntParam(searchParams.runsPage) ?? 1,
})

export { type SearchParams, viewHref } from '../../../src/lib/admin/viewQuery'
