import type { PayloadRequest } from 'payload'

import { dbFor, sql } from '../../../src/lib/db/transaction'
import { officeToday } from '../../../src/ledger/engine/officeCalendar'
import type { FinancialScope } from '../../../src/ledger/operations/financialScope'
import { intArray } from '../../../src/ledger/operations/sqlFragments'
import type { PromiseStatus } from '../engine/types'
import { loadRunInput } from '../operations/loadRunInput'
import { queueEntries } from './queueEntries'
import type { QueueEntry, QueueFilters } from './queueEntries'

/** The apartment's latest promise: the active one if any, else the last resolved one. */
export type PromiseSummary = {
  amount: number
  dueDate: string
  graceDays: number
  id: number
  note: null | string
  paid: number
  resolvedOn: null | string
  status: PromiseStatus
}

export type QueueRow = QueueEntry & {
  apartmentLabel: string
  buildingName: string
  ownerName: null | string
  promise: null | PromiseSummary
}

export type QueuePage = {
  asOf: string
  limit: number
  page: number
  rows: QueueRow[]
  totalDocs: number
  totalPages: number
}

type DetailRow = {
  amount: null | string
  apartment_id: number
  building_name: string
  due: null | string
  grace_days: null | string
  label: string
  note: null | string
  owner_name: null | string
  paid: null | string
  promise_id: null | number
  resolved: null | string
  status: null | PromiseStatus
}

/**
 * One page of the collections queue: the apartments in arrears the user may see, each with what
 * the engine would do today. Reads the office the way a run does (`loadRunInput`: a handful of
 * set-based statements), narrows it to the user's buildings, plans with the pure engine, and
 * fetches names and promises for the page's rows in one more statement: never a query per
 * apartment, whatever the office's size.
 */
export const collectionsQueue = async ({
  filters,
  limit = 25,
  page = 1,
  req,
  scope,
}: {
  filters: QueueFilters
  limit?: number
  page?: number
  req: PayloadRequest
  scope: FinancialScope
}): Promise<QueuePage> => {
  const asOf = officeToday(scope.timezone)
  const input = await loadRunInput({
    asOf,
    officeId: scope.officeId,
    payload: req.payload,
    policyId: 0,
    timezone: scope.timezone,
  })
  const visible = scope.buildingIds === null ? null : new Set(scope.buildingIds)
  const positions =
    visible === null
      ? input.positions
      : input.positions.filter((position) => visible.has(position.buildingId))
  const entries = queueEntries({ filters, input: { ...input, positions } })

  const totalPages = Math.max(1, Math.ceil(entries.length / limit))
  const current = Math.min(page, totalPages)
  const slice = entries.slice((current - 1) * limit, current * limit)
  const details = await pageDetails({
    apartmentIds: slice.map((entry) => entry.apartmentId),
    req,
    scope,
  })
  const rows = slice.flatMap((entry) => {
    const detail = details.get(entry.apartmentId)
    return detail ? [{ ...entry, ...detail }] : []
  })
  return { asOf, limit, page: current, rows, totalDocs: entries.length, totalPages }
}

const pageDetails = async ({
  apartmentIds,
  req,
  scope,
}: {
  apartmentIds: number[]
  req: PayloadRequest
  scope: FinancialScope
}) => {
  const details = new Map<number, Omit<QueueRow, keyof QueueEntry>>()
  if (apartmentIds.length === 0) return details
  const db = await dbFor(req)
  const { rows } = await db.execute<DetailRow>(sql`
    select a.id as apartment_id, a.label, a.owner_name, bl.name as building_name,
           p.id as promise_id, p.amount, p.grace_days, p.status, p.note, p.paid,
           to_char(p.due_date at time zone ${scope.timezone}, 'YYYY-MM-DD') as due,
           to_char(p.resolved_on at time zone ${scope.timezone}, 'YYYY-MM-DD') as resolved
    from apartments a
    join buildings bl on bl.id = a.building_id
    left join lateral (
      select * from promises_to_pay p where p.apartment_id = a.id
      order by (p.status = 'active') desc, p.created_at desc, p.id desc limit 1
    ) p on true
    where a.id = any(${intArray(apartmentIds)}) and a.tenant_id = ${scope.officeId}`)
  for (const row of rows) {
    details.set(row.apartment_id, {
      apartmentLabel: row.label,
      buildingName: row.building_name,
      ownerName: row.owner_name,
      promise:
        row.promise_id === null || row.status === null
          ? null
          : {
              amount: Number(row.amount),
              dueDate: row.due ?? '',
              graceDays: Number(row.grace_days ?? 0),
              id: row.promise_id,
              note: row.note,
              paid: Number(row.paid ?? 0),
              resolvedOn: row.resolved,
              status: row.status,
            },
    })
  }
  return details
}
