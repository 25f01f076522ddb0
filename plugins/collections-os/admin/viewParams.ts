import { AGING_BUCKETS, type AgingBucket } from '../../../src/ledger/engine/agingBucket'
import { QUEUE_STATUS_FILTERS, type QueueFilters, type QueueStatusFilter } from './queueEntries'

export type SearchParams = Record<string, string | string[] | undefined>

export type ViewParams = {
  filters: QueueFilters
  /** The office a user of several offices (or a platform admin) looks at. */
  office?: number
  page: number
  /** The run whose timeline the drawer shows. */
  runId?: number
  runsPage: number
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
 * The view's state lives in the URL (filters, pages, the open run), so a filtered queue can be
 * bookmarked or shared. A value that is not one of the known ones is ignored, like an absent one:
 * a hand-edited link shows the unfiltered queue rather than an error page.
 */
export const viewParams = (searchParams: SearchParams): ViewParams => ({
  filters: {
    bucket: oneOf<AgingBucket>(AGING_BUCKETS, searchParams.bucket),
    buildingId: positiveInt(searchParams.building),
    status: oneOf<QueueStatusFilter>(QUEUE_STATUS_FILTERS, searchParams.status),
  },
  office: positiveInt(searchParams.office),
  page: positiveInt(searchParams.page) ?? 1,
  runId: positiveInt(searchParams.run),
  runsPage: positiveInt(searchParams.runsPage) ?? 1,
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
