import { dbFor, sql } from '../../lib/db/transaction'
import { dashboardFigures } from './bucketTotals'
import type { BucketRow, BucketTotals } from './bucketTotals'
import type { FinancialRead } from './financialScope'
import { agingBucketSql, inBuildings, isOverdueSql, periodWindow } from './sqlFragments'

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
}: FinancialRead): Promise<{
  asOf: string
  buildings: BuildingSummary[]
  currency: string
  period: string
}> => {
  const db = await dbFor(req)
  const { from, period, to } = periodWindow(asOf, scope.timezone)
  const oldest = sql`b.oldest_unpaid_due_date`
  const { rows } = await db.execute<Row>(sql`
    with scope_buildings as (
      select id, name from buildings where tenant_id = ${scope.officeId} and ${inBuildings(sql`id`, scope.buildingIds)}
    ), items as (
      select c.building_id, ${agingBucketSql(sql`c.due_date`, asOf, scope.timezone)} as bucket,
             sum(c.open_amount) as amount, count(*) as items
      from charges c
      where c.tenant_id = ${scope.officeId} and c.open_amount > 0 and ${inBuildings(sql`c.building_id`, scope.buildingIds)}
      group by 1, 2
    ), debtors as (
      select b.building_id, ${agingBucketSql(oldest, asOf, scope.timezone)} as bucket, count(*) as apartments,
             count(*) filter (where ${isOverdueSql(oldest, asOf, scope.timezone)}) as overdue
      from apartment_balances b
      where b.tenant_id = ${scope.officeId} and ${oldest} is not null and ${inBuildings(sql`b.building_id`, scope.buildingIds)}
      group by 1, 2
    ), buckets as (
      select coalesce(i.building_id, d.building_id) as building_id, coalesce(i.bucket, d.bucket) as bucket,
             coalesce(i.amount, 0) as amount, coalesce(i.items, 0) as items, coalesce(d.apartments, 0) as apartments
      from items i full join debtors d on d.building_id = i.building_id and d.bucket = i.bucket
    ), billed as (
      select c.building_id, sum(c.amount) as total from charges c
      where c.tenant_id = ${scope.officeId} and c.period = ${period} and ${inBuildings(sql`c.building_id`, scope.buildingIds)} group by 1
    ), collected as (
      -- The office's month of payments by the (tenant, received_at) index, whatever the planner
      -- believes of the number of buildings: joined to the buildings, it may walk each building's
      -- whole payment history instead.
      select p.building_id, sum(p.amount) as total from payments p
      where p.tenant_id = ${scope.officeId} and p.received_at >= ${from} and p.received_at < ${to}
        and ${inBuildings(sql`p.building_id`, scope.buildingIds)} group by 1
    ), overdue as (
      select building_id, sum(overdue) as n from debtors group by 1
    ), bucket_lists as (
      select building_id, json_agg(buckets) as buckets from buckets group by building_id
    )
    select sb.id, sb.name,
      coalesce(b.total, 0) as billed, coalesce(co.total, 0) as collected, coalesce(o.n, 0) as overdue,
      bl.buckets
    from scope_buildings sb
    left join bucket_lists bl on bl.building_id = sb.id
    left join billed b on b.building_id = sb.id
    left join collected co on co.building_id = sb.id
    left join overdue o on o.building_id = sb.id
    order by sb.name, sb.id`)

  const buildings = rows.map<BuildingSummary>((row) => ({
    ...dashboardFigures(row),
    building: { id: row.id, name: row.name },
  }))
  return { asOf, buildings, currency: scope.currency, period }
}
