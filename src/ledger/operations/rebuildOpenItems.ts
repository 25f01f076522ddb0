import type { PayloadRequest } from 'payload'

import { dbFor, sql } from '../../lib/db/transaction'

/**
 * Re-derives the open items of some apartments inside the caller's transaction: allocations
 * (which credit settled how much of which charge), each charge's open amount, and the apartment's
 * balance row. Credits (payments by receipt time, credit notes by creation) settle debits
 * (positive charges) oldest due date first: the overlap of their cumulative ranges is the
 * allocation. Set-based: the same five statements for one apartment or twenty thousand.
 *
 * Concurrent writers for one apartment are serialised by locking its balance row first, in
 * apartment order, so two payments cannot interleave their allocations (or deadlock).
 */
export const rebuildOpenItems = async ({
  apartmentIds,
  req,
}: {
  apartmentIds: number[]
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>
}): Promise<void> => {
  const ids = [...new Set(apartmentIds)].sort((a, b) => a - b)
  if (ids.length === 0) return
  const db = await dbFor(req)
  const idArray = sql`${`{${ids.join(',')}}`}::int[]`

  await db.execute(sql`
    insert into apartment_balances (tenant_id, building_id, apartment_id, balance, open_items_count)
    select a.tenant_id, a.building_id, a.id, 0, 0 from apartments a where a.id = any(${idArray})
    on conflict (apartment_id) do nothing`)
  await db.execute(sql`
    select apartment_id from apartment_balances where apartment_id = any(${idArray}) order by apartment_id for update`)

  await db.execute(sql`delete from allocations where apartment_id = any(${idArray})`)
  await db.execute(sql`
    with debits as (
      select id, tenant_id, apartment_id, amount,
             sum(amount) over (partition by apartment_id order by due_date, id) - amount as lo
      from charges where apartment_id = any(${idArray}) and amount > 0
    ), credits as (
      select apartment_id, id as payment_id, null::int as credit_note_id, amount, received_at as at, 0 as kind, id
      from payments where apartment_id = any(${idArray})
      union all
      select apartment_id, null, id, -amount, created_at, 1, id
      from charges where apartment_id = any(${idArray}) and amount < 0
    ), ranged as (
      select *, sum(amount) over (partition by apartment_id order by at, kind, id) - amount as lo from credits
    )
    insert into allocations (tenant_id, apartment_id, charge_id, payment_id, credit_note_id, amount)
    select d.tenant_id, d.apartment_id, d.id, c.payment_id, c.credit_note_id,
           least(d.lo + d.amount, c.lo + c.amount) - greatest(d.lo, c.lo)
    from debits d
    join ranged c on c.apartment_id = d.apartment_id and d.lo < c.lo + c.amount and c.lo < d.lo + d.amount`)

  await db.execute(sql`
    update charges ch set open_amount = x.open
    from (
      select c.id, case when c.amount > 0 then c.amount - coalesce(sum(a.amount), 0) else 0 end as open
      from charges c left join allocations a on a.charge_id = c.id
      where c.apartment_id = any(${idArray})
      group by c.id, c.amount
    ) x
    where ch.id = x.id and ch.open_amount is distinct from x.open`)

  await db.execute(sql`
    update apartment_balances b set
      balance = coalesce(ch.total, 0) - coalesce(p.total, 0),
      open_items_count = coalesce(ch.open_count, 0),
      oldest_unpaid_due_date = ch.oldest_due,
      updated_at = now()
    from apartments a
    left join (
      select apartment_id, sum(amount) as total, count(*) filter (where open_amount > 0) as open_count,
             min(due_date) filter (where open_amount > 0) as oldest_due
      from charges where apartment_id = any(${idArray}) group by apartment_id
    ) ch on ch.apartment_id = a.id
    left join (
      select apartment_id, sum(amount) as total from payments where apartment_id = any(${idArray}) group by apartment_id
    ) p on p.apartment_id = a.id
    where b.apartment_id = a.id and a.id = any(${idArray})`)
}
