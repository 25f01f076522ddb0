import type { PayloadRequest } from 'payload'

import { dbFor, sql } from '../../lib/db/transaction'
import type { SQL } from '../../lib/db/transaction'
import type { AgingBucket } from '../engine/agingBucket'
import type { FinancialScope } from './financialScope'
import { agingBucketSql, inAgingBucketSql, inBuildings } from './sqlFragments'

export const BALANCE_SORTS = ['balance', '-balance', 'oldestDue', '-oldestDue'] as const
export type BalanceSort = (typeof BALANCE_SORTS)[number]

export type BalanceQuery = {
  bucket?: AgingBucket
  limit: number
  minBalance?: number
  page: number
  search?: string
  sort: BalanceSort
}

export type BalanceRow = {
  apartment: { id: number; label: string }
  balance: number
  bucket: AgingBucket | null
  building: { id: number; name: string }
  oldestUnpaidDueDate: null | string
  openItemsCount: number
  owner: { email: null | string; name: null | string }
}

const ORDER: Record<BalanceSort, SQL> = {
  '-balance': sql`b.balance desc`,
  '-oldestDue': sql`b.oldest_unpaid_due_date desc nulls last`,
  balance: sql`b.balance asc`,
  oldestDue: sql`b.oldest_unpaid_due_date asc nulls last`,
}

type Row = {
  apartment_id: number
  balance: string
  bucket: AgingBucket | null
  building_id: number
  building_name: string
  label: string
  oldest: null | string
  open_items_count: string
  owner_email: null | string
  owner_name: null | string
}

/** Escapes LIKE wildcards so a search for "50%" means the text, not a pattern. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * One page of apartment balances from the maintained balance rows, filtered and sorted in SQL.
 */
export const apartmentBalancesPage = async ({
  asOf,
  query,
  req,
  scope,
}: {
  asOf: string
  query: BalanceQuery
  req: PayloadRequest
  scope: FinancialScope
}) => {
  const db = await dbFor(req)
  const oldest = sql`b.oldest_unpaid_due_date`
  const bucket = sql`case when ${oldest} is null then null else ${agingBucketSql(oldest, asOf, scope.timezone)} end`
  const filters: SQL[] = [
    sql`b.tenant_id = ${scope.officeId}`,
    inBuildings(sql`b.building_id`, scope.buildingIds),
  ]
  if (query.minBalance !== undefined) filters.push(sql`b.balance >= ${query.minBalance}`)
  if (query.bucket) filters.push(inAgingBucketSql(oldest, query.bucket, asOf, scope.timezone))
  if (query.search) {
    const pattern = likePattern(query.search)
    filters.push(sql`(a.label ilike ${pattern} or a.owner_name ilike ${pattern})`)
  }
  const where = sql.join(filters, sql` and `)
  // Two statements whatever the page size: the page (walking the sort index, stopping at the
  // limit) and the count; a window count would make every page read every row.
  const { rows } = await db.execute<Row>(sql`
      select b.apartment_id, a.label, a.owner_name, a.owner_email, bl.id as building_id, bl.name as building_name,
             b.balance, b.open_items_count, to_char(b.oldest_unpaid_due_date at time zone ${scope.timezone}, 'YYYY-MM-DD') as oldest,
             ${bucket} as bucket
      from apartment_balances b
      join apartments a on a.id = b.apartment_id
      join buildings bl on bl.id = b.building_id
      where ${where}
      order by ${ORDER[query.sort]}, b.apartment_id
      limit ${query.limit} offset ${(query.page - 1) * query.limit}`)
  // Only a search needs the apartments table; without one the count is an index-only scan.
  const count = await db.execute<{ total: string }>(
    query.search
      ? sql`select count(*) as total from apartment_balances b join apartments a on a.id = b.apartment_id where ${where}`
      : sql`select count(*) as total from apartment_balances b where ${where}`,
  )

  const docs = rows.map<BalanceRow>((row) => ({
    apartment: { id: row.apartment_id, label: row.label },
    balance: Number(row.balance),
    bucket: row.bucket,
    building: { id: row.building_id, name: row.building_name },
    oldestUnpaidDueDate: row.oldest,
    openItemsCount: Number(row.open_items_count),
    owner: { email: row.owner_email, name: row.owner_name },
  }))
  const totalDocs = Number(count.rows[0].total)
  return {
    asOf,
    currency: scope.currency,
    docs,
    hasNextPage: query.page * query.limit < totalDocs,
    limit: query.limit,
    page: query.page,
    totalDocs,
  }
}
