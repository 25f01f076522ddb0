import { BULK_ITEM_STATUSES, BULK_JOB_STATUSES, type BulkItemStatus, type BulkJobStatus } from '../constants'

export type SearchParams = Record<string, string | string[] | undefined>

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

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const positiveInt = (value: string | string[] | undefined): number | undefined => {
  const text = first(value)
  if (!text || !/^\d{1,9}$/.test(text)) return undefined
  const number = Number(text)
  return number > 0 ? number : undefined
}

const oneOf = <T extends string>(values: readonly T[], value: string | string[] | undefined): T | undefined => {
  const text = first(value)
  return values.includes(text as T) ? (text as T) : undefined
}

/**
 * The Bulk Center keeps its state in the URL (the open job, pages, filters), so a job's results
 * can be bookmarked or sent to a colleague. Unknown values are ignored like absent ones.
 */
export const viewParams = (searchParams: SearchParams): BulkViewParams => ({
  itemStatus: oneOf(BULK_ITEM_STATUSES, searchParams.items),
  itemsPage: positiveInt(searchParams.itemsPage) ?? 1,
  jobId: positiveInt(searchParams.job),
  office: positiveInt(searchParams.office),
  page: positiveInt(searchParams.page) ?? 1,
  status: oneOf(BULK_JOB_STATUSES, searchParams.status),
})

/** The view's URL with some parameters changed (`undefined` removes one). */
export const viewHref = (base: string, current: SearchParams, changes: Record<string, number | string | undefined>): string => {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(current)) {
    const text = first(value)
    if (text !== undefined && text !== '' && !(key in changes)) query.set(key, text)
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined && value !== '') query.set(key, String(value))
  }
  const text = query.toString()
  return text ? `${base}?${text}` : base
}
