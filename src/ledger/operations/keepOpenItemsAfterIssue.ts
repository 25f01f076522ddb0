import type { PayloadRequest } from 'payload'

import { arrayParam, dbFor, sql } from '../../lib/db/transaction'
import { rebuildOpenItems } from './rebuildOpenItems'

/**
 * The open-items upkeep of a batch of charges just inserted (a month's issue by Bulk Ops), in the
 * batch's transaction, with the result `rebuildOpenItems` would give but without re-deriving two years
 * of history per apartment when nothing old moves, which is the usual case of a month's issue:
 *
 * An apartment whose new charges are all debits ordered after every other debit it has (FIFO
 * order: due date, then id) and which had no unallocated credit (balance >= 0, so its payments
 * and credit notes are all spent on older debits) keeps every allocation it has: the new charges
 * stay wholly open. Its balance row just adds them: the amount, the count of open items, and the
 * oldest unpaid due date when it had none. Every other apartment (credit to spend, a back-dated
 * charge, a credit note, a balance row created only now) gets the full set-based rebuild.
 *
 * Balance rows are locked first, in apartment order, as every ledger writer does, so the balances
 * read are the settled ones. Returns which apartments took which way.
 */
export const keepOpenItemsAfterIssue = async ({
  chargeIds,
  req,
}: {
  chargeIds: number[]
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>
}): Promise<{ appended: number[]; rebuilt: number[] }> => {
  if (chargeIds.length === 0) return { appended: [], rebuilt: [] }
  const db = await dbFor(req)
  const issued = arrayParam(chargeIds, 'int[]')

  // Creates missing balance rows and locks every one of them; a row created here has never been
  // kept, so its apartment is rebuilt rather than trusted.
  const locked = await db.execute<{ apartment_id: number; created: boolean }>(sql`
    insert into apartment_balances (tenant_id, building_id, apartment_id, balance, open_items_count)
    select a.tenant_id, a.building_id, a.id, 0, 0 from apartments a
     where a.id in (select apartment_id from charges where id = any(${issued})) order by a.id
    on conflict (apartment_id) do update set apartment_id = excluded.apartment_id
    returning apartment_id, (xmax = 0) as created`)
  const created = locked.rows.filter((row) => row.created).map((row) => row.apartment_id)

  const appended = await db.execute<{ apartment_id: number }>(sql`
    with issued as (
      select apartment_id, sum(amount) as added, count(*) as debits, min(due_date) as first_due, min(id) as first_id,
             bool_and(amount > 0) as only_debits
        from charges where id = any(${issued}) group by apartment_id
    ), appended as (
      select i.* from issued i join apartment_balances b on b.apartment_id = i.apartment_id
       where i.only_debits and b.balance >= 0 and i.apartment_id <> all(${arrayParam(created, 'int[]')})
         and not exists (
           select 1 from charges c
            where c.apartment_id = i.apartment_id and c.amount > 0 and c.id <> all(${issued})
              and (c.due_date > i.first_due or (c.due_date = i.first_due and c.id > i.first_id)))
    )
    update apartment_balances b
       set balance = b.balance + a.added, open_items_count = b.open_items_count + a.debits,
           oldest_unpaid_due_date = coalesce(b.oldest_unpaid_due_date, a.first_due), updated_at = now()
      from appended a
     where b.apartment_id = a.apartment_id
    returning b.apartment_id`)

  const kept = new Set(appended.rows.map((row) => row.apartment_id))
  const apartments = locked.rows.map((row) => row.apartment_id).sort((a, b) => a - b)
  const rebuilt = apartments.filter((id) => !kept.has(id))
  await rebuildOpenItems({ apartmentIds: rebuilt, req })
  return { appended: apartments.filter((id) => kept.has(id)), rebuilt }
}
