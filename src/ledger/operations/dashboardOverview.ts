import type { PayloadRequest } from 'payload'

import { dbFor, sql } from '../../lib/db/transaction'
import { collectionRate, nextPeriodStart, periodOf } from '../engine/officeCalendar'
import { type BucketRow, type BucketTotals, bucketTotalsFrom, outstandingOf } from './bucketTotals'
import type { FinancialScope } from './financialScope'
import { agingBucketSql, daysPastDueSql, inBuildings } from './sqlFragments'

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
 * The office (or building) overview as of `asOf`, in one statement over the open items
 * (charges with `open_amount > 0`, a partial index) and this period's charges and payments.
 */
export const dashboardOverview = async ({
  asOf,
  req,
  scope,
}: {
  asOf: string
  req: PayloadRequest
  scope: FinancialScope
}): Promise<Overview> => {
  const db = await dbFor(req)
  const period = periodOf(asOf)
  const from = sql`(${`${period}-01`}::timestamp at time zone ${scope.timezone})`
  const to = sql`(${nextPeriodStart(period)}::timestamp at time zone ${scope.timezone})`
  const days = daysPastDueSql(sql`c.due_date`, asOf, scope.timezone)
  const { rows } = await db.execute<Row>(sql`
    with open_items as (
      select c.apartment_id, c.open_amount, ${days} as days
      from charges c
      where c.tenant_id = ${scope.officeId} and c.open_amount > 0 and ${inBuildings(sql`c.building_id`, scope.buildingIds)}
    ), buckets as (
      select ${agingBucketSql(sql`days`)} as bucket, sum(open_amount) as amount, count(*) as items,
             count(distinct apartment_id) as apartments
      from open_items group by 1
    )
    select
      (select json_agg(buckets) from buckets) as buckets,
      (select count(distinct apartment_id) from open_items where days > 0) as overdue,
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
  const aging = bucketTotalsFrom(row.buckets)
  const billed = Number(row.billed)
  const collected = Number(row.collected)
  const matched = Number(row.matched)
  const unmatched = Number(row.unmatched)
  return {
    aging,
    asOf,
    billed,
    collected,
    collectionRate: collectionRate(collected, billed),
    currency: scope.currency,
    outstanding: outstandingOf(aging),
    overdueApartments: Number(row.overdue),
    period,
    reconciliation: {
      matched,
      mismatchRate: matched + unmatched > 0 ? Math.round((unmatched / (matched + unmatched)) * 10_000) / 10_000 : null,
      unmatched,
    },
  }
}
