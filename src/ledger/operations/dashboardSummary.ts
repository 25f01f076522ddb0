import type { PayloadRequest } from 'payload'

import { dbFor, sql } from '../../lib/db/transaction'
import { collectionRate, nextPeriodStart, periodOf } from '../engine/officeCalendar'
import { type BucketRow, type BucketTotals, bucketTotalsFrom, outstandingOf } from './bucketTotals'
import type { FinancialScope } from './financialScope'
import { agingBucketSql, daysPastDueSql, inBuildings } from './sqlFragments'

export type BuildingSummary = {
  aging: BucketTotals
  billed: number
  building: { id: number; name: string }
  collected: number
  collectionRate: null | number
  outstanding: number
  overdueApartments: number
}

type Row = {
  billed: string
  buckets: BucketRow[] | null
  collected: string
  id: number
  name: string
  overdue: string
}

/** The overview per building of the scope, in one grouped statement (no query per building). */
export const dashboardSummary = async ({
  asOf,
  req,
  scope,
}: {
  asOf: string
  req: PayloadRequest
  scope: FinancialScope
}): Promise<{ asOf: string; buildings: BuildingSummary[]; currency: string; period: string }> => {
  const db = await dbFor(req)
  const period = periodOf(asOf)
  const from = sql`(${`${period}-01`}::timestamp at time zone ${scope.timezone})`
  const to = sql`(${nextPeriodStart(period)}::timestamp at time zone ${scope.timezone})`
  const days = daysPastDueSql(sql`c.due_date`, asOf, scope.timezone)
  const { rows } = await db.execute<Row>(sql`
    with scope_buildings as (
      select id, name from buildings where tenant_id = ${scope.officeId} and ${inBuildings(sql`id`, scope.buildingIds)}
    ), open_items as (
      select c.building_id, c.apartment_id, c.open_amount, ${days} as days
      from charges c join scope_buildings sb on sb.id = c.building_id
      where c.tenant_id = ${scope.officeId} and c.open_amount > 0
    ), buckets as (
      select building_id, ${agingBucketSql(sql`days`)} as bucket, sum(open_amount) as amount, count(*) as items,
             count(distinct apartment_id) as apartments
      from open_items group by 1, 2
    ), billed as (
      select c.building_id, sum(c.amount) as total from charges c join scope_buildings sb on sb.id = c.building_id
      where c.tenant_id = ${scope.officeId} and c.period = ${period} group by 1
    ), collected as (
      select p.building_id, sum(p.amount) as total from payments p join scope_buildings sb on sb.id = p.building_id
      where p.tenant_id = ${scope.officeId} and p.received_at >= ${from} and p.received_at < ${to} group by 1
    ), overdue as (
      select building_id, count(distinct apartment_id) as n from open_items where days > 0 group by 1
    )
    select sb.id, sb.name,
      coalesce(b.total, 0) as billed, coalesce(co.total, 0) as collected, coalesce(o.n, 0) as overdue,
      (select json_agg(bk) from buckets bk where bk.building_id = sb.id) as buckets
    from scope_buildings sb
    left join billed b on b.building_id = sb.id
    left join collected co on co.building_id = sb.id
    left join overdue o on o.building_id = sb.id
    order by sb.name, sb.id`)

  const buildings = rows.map<BuildingSummary>((row) => {
    const aging = bucketTotalsFrom(row.buckets)
    const billed = Number(row.billed)
    const collected = Number(row.collected)
    return {
      aging,
      billed,
      building: { id: row.id, name: row.name },
      collected,
      collectionRate: collectionRate(collected, billed),
      outstanding: outstandingOf(aging),
      overdueApartments: Number(row.overdue),
    }
  })
  return { asOf, buildings, currency: scope.currency, period }
}
