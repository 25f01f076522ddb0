import type { PayloadRequest } from 'payload'

import type { BulkJob, BulkJobItem } from '../../../payload-types'
import { arrayParam, dbFor, sql } from '../../../src/lib/db/transaction'
import type { BulkItemStatus } from '../constants'
import type { ItemPreview, ItemValidationError } from '../engine/types'
import { DomainError } from '../../../src/lib/errors/domainError'
import { bulkJobItemsPage } from '../operations/bulkJobItemsPage'
import { getBulkJob } from '../operations/getBulkJob'
import { creatorNames } from './recentJobs'

export type ItemRow = {
  id: number
  amount: number
  apartmentLabel: string
  attempts: number
  buildingName: string
  error: null | string
  preview: ItemPreview | null
  status: BulkItemStatus
  validationErrors: ItemValidationError[]
}

export type ErrorRow = {
  id: number
  apartmentLabel: string
  at: string
  attempt: number
  code: string
  itemId: number
  message: string
}

export type JobDetail = {
  createdBy: null | string
  errors: ErrorRow[]
  /** Every failed item (up to the first 500), for the retry picker. */
  failedItems: ItemRow[]
  items: { page: number; rows: ItemRow[]; totalDocs: number; totalPages: number }
  job: BulkJob
}

const FAILED_PICKER_LIMIT = 500

/**
 * Everything the page shows about one job: the job, a page of its items (the preview diff, then
 * the outcome), its latest failed attempts, and its failed items for retry; apartments and
 * buildings named in one statement. Read through the Bulk operations with the user's access, so
 * another office's job, or a manager's job on buildings not theirs, is null like a missing one.
 */
export const bulkJobDetail = async ({
  itemStatus,
  itemsPage,
  jobId,
  req,
}: {
  itemStatus?: BulkItemStatus
  itemsPage: number
  jobId: number
  req: PayloadRequest
}): Promise<JobDetail | null> => {
  let view
  try {
    view = await getBulkJob({ errorsLimit: 50, itemStatus, itemsLimit: 25, itemsPage, jobId, req })
  } catch (err) {
    if (err instanceof DomainError && (err.kind === 'not-found' || err.kind === 'forbidden'))
      return null
    throw err
  }
  const { errors, items, job } = view
  const hasFailures = job.status === 'completed-with-errors' || job.status === 'failed'
  const failed = hasFailures
    ? (await bulkJobItemsPage({ jobId, limit: FAILED_PICKER_LIMIT, req, status: 'failed' })).docs
    : []
  const names = await itemNames({
    itemIds: [...items.docs, ...failed]
      .map((item) => item.id)
      .concat(errors.docs.map((error) => error.item as number)),
    jobId,
    req,
  })
  const rowOf = (item: BulkJobItem): ItemRow => ({
    id: item.id,
    amount: Number(item.amount ?? 0),
    apartmentLabel: names.get(item.id)?.apartment ?? '—',
    attempts: Number(item.attempts ?? 0),
    buildingName: names.get(item.id)?.building ?? '—',
    error: item.error ?? null,
    preview: (item.preview as ItemPreview | null) ?? null,
    status: item.status,
    validationErrors: Array.isArray(item.validationErrors)
      ? (item.validationErrors as ItemValidationError[])
      : [],
  })
  const creators = await creatorNames({ jobs: [job], req })
  return {
    createdBy: typeof job.createdBy === 'number' ? (creators.get(job.createdBy) ?? null) : null,
    errors: errors.docs.map((error) => {
      const name = names.get(error.item as number)
      return {
        id: error.id,
        apartmentLabel: name ? `${name.building} · ${name.apartment}` : `Item #${error.item}`,
        at: error.at,
        attempt: Number(error.attempt),
        code: error.code,
        itemId: error.item as number,
        message: error.message,
      }
    }),
    failedItems: failed.map(rowOf),
    items: {
      page: items.page ?? itemsPage,
      rows: items.docs.map(rowOf),
      totalDocs: items.totalDocs,
      totalPages: Math.max(1, items.totalPages),
    },
    job,
  }
}

/** Each item's apartment and building names, for items of this job only. */
const itemNames = async ({
  itemIds,
  jobId,
  req,
}: {
  itemIds: number[]
  jobId: number
  req: PayloadRequest
}) => {
  const names = new Map<number, { apartment: string; building: string }>()
  if (itemIds.length === 0) return names
  const db = await dbFor(req)
  const { rows } = await db.execute<{
    apartment: null | string
    building: null | string
    id: number
  }>(sql`
    select i.id, a.label as apartment, b.name as building
      from bulk_job_items i
      left join apartments a on a.id = i.apartment_id
      left join buildings b on b.id = coalesce(a.building_id, i.building_id)
     where i.job_id = ${jobId} and i.id = any(${arrayParam([...new Set(itemIds)], 'int[]')})`)
  for (const row of rows)
    names.set(row.id, { apartment: row.apartment ?? '—', building: row.building ?? '—' })
  return names
}
