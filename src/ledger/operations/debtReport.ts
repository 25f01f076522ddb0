import { dbFor, sql } from '../../lib/db/transaction'
import type { AgingBucket } from '../engine/agingBucket'
import type { FinancialRead } from './financialScope'
import { agingBucketSql, daysPastDueSql, inBuildings } from './sqlFragments'

export type DebtRow = {
  apartmentId: number
  apartmentLabel: string
  balance: number
  buckets: Record<AgingBucket, number>
  buildingName: string
  daysOverdue: number
  oldestUnpaidDueDate: null | string
  ownerEmail: null | string
  ownerName: null | string
  ownerPhone: null | string
}

type Row = {
  apartment_id: number
  b0_30: string
  b31_60: string
  b61_90: string
  b90: string
  balance: string
  building_name: string
  days_overdue: null | number
  label: string
  not_due: string
  oldest: null | string
  owner_email: null | string
  owner_name: null | string
  owner_phone: null | string
}

const PAGE_ROWS = 1_000

/**
 * Apartments that owe money, with what they owe per aging bucket, in pages of a thousand by
 * keyset (building name, label, id) so a CSV of twenty thousand apartments streams in constant memory.
 */
export async function* debtReportPages({
  asOf,
  req,
  scope,
}: FinancialRead): AsyncGenerator<DebtRow[]> {
  const db = await dbFor(req)
  let after: { id: number; label: string; name: string } | null = null
  for (;;) {
    const cursor: ReturnType<typeof sql> = after
      ? sql`and (bl.name, a.label, a.id) > (${after.name}, ${after.label}, ${after.id})`
      : sql``
    const { rows } = await db.execute<Row>(sql`
      with page as (
        select b.apartment_id, b.balance, b.oldest_unpaid_due_date, a.label, a.owner_name, a.owner_email, a.owner_phone,
               bl.name as building_name
        from apartment_balances b
        join apartments a on a.id = b.apartment_id
        join buildings bl on bl.id = b.building_id
        where b.tenant_id = ${scope.officeId} and b.balance > 0 and ${inBuildings(sql`b.building_id`, scope.buildingIds)} ${cursor}
        order by bl.name, a.label, a.id
        limit ${PAGE_ROWS}
      ), items as (
        select c.apartment_id, c.open_amount, ${agingBucketSql(sql`c.due_date`, asOf, scope.timezone)} as bucket
        from charges c join page p on p.apartment_id = c.apartment_id
        where c.open_amount > 0
      )
      select p.apartment_id, p.label, p.owner_name, p.owner_email, p.owner_phone, p.building_name, p.balance,
             to_char(p.oldest_unpaid_due_date at time zone ${scope.timezone}, 'YYYY-MM-DD') as oldest,
             greatest(0, ${daysPastDueSql(sql`p.oldest_unpaid_due_date`, asOf, scope.timezone)}) as days_overdue,
             coalesce(sum(i.open_amount) filter (where i.bucket = 'not-due'), 0) as not_due,
             coalesce(sum(i.open_amount) filter (where i.bucket = '0-30'), 0) as b0_30,
             coalesce(sum(i.open_amount) filter (where i.bucket = '31-60'), 0) as b31_60,
             coalesce(sum(i.open_amount) filter (where i.bucket = '61-90'), 0) as b61_90,
             coalesce(sum(i.open_amount) filter (where i.bucket = '90+'), 0) as b90
      from page p left join items i on i.apartment_id = p.apartment_id
      group by p.apartment_id, p.label, p.owner_name, p.owner_email, p.owner_phone, p.building_name, p.balance,
               p.oldest_unpaid_due_date
      order by p.building_name, p.label, p.apartment_id`)
    if (rows.length === 0) return
    yield rows.map<DebtRow>((row) => ({
      apartmentId: row.apartment_id,
      apartmentLabel: row.label,
      balance: Number(row.balance),
      buckets: {
        '0-30': Number(row.b0_30),
        '31-60': Number(row.b31_60),
        '61-90': Number(row.b61_90),
        '90+': Number(row.b90),
        'not-due': Number(row.not_due),
      },
      buildingName: row.building_name,
      daysOverdue: Number(row.days_overdue ?? 0),
      oldestUnpaidDueDate: row.oldest,
      ownerEmail: row.owner_email,
      ownerName: row.owner_name,
      ownerPhone: row.owner_phone,
    }))
    if (rows.length < PAGE_ROWS) return
    const last = rows[rows.length - 1]
    after = { id: last.apartment_id, label: last.label, name: last.building_name }
  }
}
