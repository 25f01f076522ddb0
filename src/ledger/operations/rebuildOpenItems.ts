import type { PayloadRequest } from 'payload'

import { dbFor, sql } from '../../lib/db/transaction'

/**
 * Re-derives the open items of some apartments inside the caller's transaction: allocations
 * (which credit settled how much of which charge), each charge's open amount, and the apartment's
 * balance row. Credits (payments by receipt time, credit notes by creation) settle debits
 * (positive charges) oldest due date first: the overlap of their cumulative ranges is the
 * allocation. Set-based: the same three statements for one apartment or twenty thousand.
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

  // Creates missing balance rows and locks every one of them (an upsert's update takes the row
  // lock), in apartment order, in one statement.
  await db.execute(sql`
    insert into apartment_balances (tenant_id, building_id, apartment_id, balance, open_items_count)
    select a.tenant_id, a.building_id, a.id, 0, 0 from apartments a where a.id = any(${idArray}) order by a.id
    on conflict (apartment_id) do update set apartment_id = excluded.apartment_id`)

  // The desired allocations, then only the difference is written: a new payment (the usual case)
  // appends a row or two instead of rewriting the apartment's whole history.
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
    ), desired as (
      select d.tenant_id, d.apartment_id, d.id as charge_id, c.payment_id, c.credit_note_id,
             least(d.lo + d.amount, c.lo + c.amount) - greatest(d.lo, c.lo) as amount
      from debits d
      join ranged c on c.apartment_id = d.apartment_id and d.lo < c.lo + c.amount and c.lo < d.lo + d.amount
    ), stale as (
      delete from allocations a
      where a.apartment_id = any(${idArray})
        and not exists (
          select 1 from desired w
          where w.charge_id = a.charge_id and w.payment_id is not distinct from a.payment_id
            and w.credit_note_id is not distinct from a.credit_note_id and w.amount = a.amount)
      returning a.id
    )
    insert into allocations (tenant_id, apartment_id, charge_id, payment_id, credit_note_id, amount)
    select w.tenant_id, w.apartment_id, w.charge_id, w.payment_id, w.credit_note_id, w.amount
    from desired w
    where not exists (
      select 1 from allocations a
      where a.apartment_id = w.apartment_id and a.charge_id = w.charge_id
        and a.payment_id is not distinct from w.payment_id and a.credit_note_id is not distinct from w.credit_note_id
        and a.amount = w.amount)`)

  // Open amounts and the balance rows from the same derivation, in one statement: the balance is
  // computed from the new open amounts rather than re-read after the charges' update.
  await db.execute(sql`
    with allocated as (
      select charge_id, sum(amount) as total from allocations where apartment_id = any(${idArray}) group by charge_id
    ), computed as (
      select c.id, c.apartment_id, c.amount, c.due_date, c.open_amount as stored,
             case when c.amount > 0 then c.amount - coalesce(a.total, 0) else 0 end as open
      from charges c left join allocated a on a.charge_id = c.id
      where c.apartment_id = any(${idArray})
    ), changed as (
      update charges ch set open_amount = x.open from computed x
      where ch.id = x.id and x.stored is distinct from x.open
      returning ch.id
    ), owed as (
      select apartment_id, sum(amount) as total, count(*) filter (where open > 0) as open_count,
             min(due_date) filter (where open > 0) as oldest_due
      from computed group by apartment_id
    ), paid as (
      select apartment_id, sum(amount) as total from payments where apartment_id = any(${idArray}) group by apartment_id
    )
    update apartment_balances b set
      balance = coalesce(o.total, 0) - coalesce(p.total, 0),
      open_items_count = coalesce(o.open_count, 0),
      oldest_unpaid_due_date = o.oldest_due,
      updated_at = now()
    from apartment_balances target
    left join owed o on o.apartment_id = target.apartment_id
    left join paid p on p.apartment_id = target.apartment_id
    where b.apartment_id = target.apartment_id and target.apartment_id = any(${idArray})`)
}
