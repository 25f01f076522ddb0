import { dbFor, sql } from '../../lib/db/transaction'
import { dashboardFigures } from './bucketTotals'
import type { BucketRow, BucketTotals } from './bucketTotals'
import type { FinancialRead } from './financialScope'
import { agingBucketSql, inBuildings, isOverdueSql, periodWindow } from './sqlFragments'

export type Overview = {
  aging: BucketTotals
  asOf: string
  billed: number
  collected: number
  collectionRate: null | number
  currency: string
  outstanding: number
  overdueApartments: number
  period: string
  reconciliation: { matched: number; mismatchRate: null | number; unmatched: number }
}

type Row = {
  billed: string
  buckets: BucketRow[] | null
  collected: string
  matched: string
  overdue: string
  unmatched: string
}

/**
 * The office (or building) overview as of `asOf`, in one statement: open amounts and items per
 * bucket from the open charges (a partial index), apartments per bucket of their oldest unpaid
 * charge from the balance rows, and this period's charges and payments. No per-row time zone
 * conversion: bucket edges are instants computed once.
 */
export const dashboardOverview = async ({ asOf, req, scope }: FinancialRead): Promise<Overview> => {
  const db = await dbFor(req)
  const { from, period, to } = periodWindow(asOf, scope.timezone)
  const oldest = sql`b.oldest_unpaid_due_date`
  const { rows } = await db.execute<Row>(sql`
    with items as (
      select ${agingBucketSql(sql`c.due_date`, asOf, scope.timezone)} as bucket, sum(c.open_amount) as amount, count(*) as items
      from charges c
      where c.tenant_id = ${scope.officeId} and c.open_amount > 0 and ${inBuildings(sql`c.building_id`, scope.buildingIds)}
      group by 1
    ), debtors as (
      select ${agingBucketSql(oldest, asOf, scope.timezone)} as bucket, count(*) as apartments,
             count(*) filter (where ${isOverdueSql(oldest, asOf, scope.timezone)}) as overdue
      from apartment_balances b
      where b.tenant_id = ${scope.officeId} and ${oldest} is not null and ${inBuildings(sql`b.building_id`, scope.buildingIds)}
      group by 1
    ), buckets as (
      select coalesce(i.bucket, d.bucket) as bucket, coalesce(i.amount, 0) as amount, coalesce(i.items, 0) as items,
             coalesce(d.apartments, 0) as apartments
      from items i full join debtors d on d.bucket = i.bucket
    )
    select
      (select json_agg(buckets) from buckets) as buckets,
      (select coalesce(sum(overdue), 0) from debtors) as overdue,
      (select coalesce(sum(amount), 0) from charges
        where tenant_id = ${scope.officeId} and period = ${period} and ${inBuildings(sql`building_id`, scope.buildingIds)}) as billed,
      (select coalesce(sum(amount), 0) from payments
        where tenant_id = ${scope.officeId} and received_at >= ${from} and received_at < ${to}
          and ${inBuildings(sql`building_id`, scope.buildingIds)}) as collected,
      (select count(*) from payments
        where tenant_id = ${scope.officeId} and source = 'webhook' and received_at >= ${from} and received_at < ${to}
          and ${inBuildings(sql`building_id`, scope.buildingIds)}) as matched,
      ${
        // Unmatched money has no building yet: it belongs to the office-wide view only.
        scope.buildingIds === null
          ? sql`(select count(*) from unmatched_payments
              where tenant_id = ${scope.officeId} and received_at >= ${from} and received_at < ${to})`
          : sql`0`
      } as unmatched`)

  const row = rows[0]
  const matched = Number(row.matched)
  const unmatched = Number(row.unmatched)
  return {
    ...dashboardFigures(row),
    asOf,
    currency: scope.currency,
    period,
    reconciliation: {
      matched,
      mismatchRate:
        matched + unmatched > 0
          ? Math.round((unmatched / (matched + unmatched)) * 10_000) / 10_000
          : null,
      unmatched,
    },
  }
}
