import type { Payload, Where } from 'payload'

import { agingBucket, AGING_BUCKETS, daysPastDue } from '../../src/ledger/engine/agingBucket'
import { sql } from '../../src/lib/db/transaction'
import type { SqlExecutor } from '../../src/lib/db/transaction'
import { agingBucketSql } from '../../src/ledger/operations/sqlFragments'

/**
 * Reference (a): what a careful engineer writes without kept open items: live FIFO aging of a
 * whole office in one SQL statement, window sums over every charge and payment.
 */
export const liveFifoAging = async (
  db: SqlExecutor,
  { asOf, office, timezone }: { asOf: string; office: number; timezone: string },
) => {
  const { rows } = await db.execute(sql`
    with credits as (
      select apartment_id, sum(amount) as total from payments where tenant_id = ${office} group by apartment_id
    ), debits as (
      select apartment_id, amount, due_date,
             sum(amount) over (partition by apartment_id order by due_date, id) as cumulative
      from charges where tenant_id = ${office} and amount > 0
    ), open_items as (
      select d.apartment_id, greatest(0, least(d.amount, d.cumulative - coalesce(c.total, 0))) as open,
             ${agingBucketSql(sql`d.due_date`, asOf, timezone)} as bucket
      from debits d left join credits c on c.apartment_id = d.apartment_id
    )
    select bucket, sum(open) as amount, count(distinct apartment_id) as apartments
    from open_items where open > 0 group by 1`)
  return rows
}

/**
 * Reference (b): what a newcomer writes: every charge and payment through the Local API, FIFO and
 * buckets in JavaScript. Over a whole 20,000-apartment office it runs for many minutes and past
 * 6 GB, so the bench runs it on a slice of buildings and scales the time linearly (labelled so).
 */
export const naiveLocalApiAging = async (
  payload: Payload,
  { asOf, buildings, office }: { asOf: string; buildings: number[]; office: number },
) => {
  const where: Where = { and: [{ tenant: { equals: office } }, { building: { in: buildings } }] }
  const charges = await payload.find({ collection: 'charges', depth: 0, pagination: false, where })
  const payments = await payload.find({
    collection: 'payments',
    depth: 0,
    pagination: false,
    where,
  })
  const credit = new Map<number, number>()
  for (const payment of payments.docs) {
    const apartment = payment.apartment as number
    credit.set(apartment, (credit.get(apartment) ?? 0) + payment.amount)
  }
  const totals = Object.fromEntries(AGING_BUCKETS.map((bucket) => [bucket, 0])) as Record<
    string,
    number
  >
  const sorted = [...charges.docs].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id)
  for (const charge of sorted) {
    const apartment = charge.apartment as number
    const available = credit.get(apartment) ?? 0
    const settled = Math.min(available, charge.amount)
    credit.set(apartment, available - settled)
    const open = charge.amount - settled
    if (open > 0) totals[agingBucket(daysPastDue(charge.dueDate.slice(0, 10), asOf))] += open
  }
  return totals
}
