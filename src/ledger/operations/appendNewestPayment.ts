import type { PayloadRequest } from 'payload'

import { arrayParam, dbFor, sql } from '../../lib/db/transaction'
import { appendCredit } from '../engine/appendCredit'

const ISO = 'YYYY-MM-DD"T"HH24:MI:SS.MS'

/**
 * The open-items upkeep of a just-inserted payment that is newer than every other credit of its
 * apartment (`appendCredit`): one read of the open charges (the partial index of open charges)
 * with the check, one statement writing allocations, open amounts and the balance. Returns false,
 * writing nothing, when the payment is not the newest credit (a back-dated receipt, a credit note
 * after it); the caller then rebuilds the apartment's open items in full. The caller has locked
 * the apartment's balance row in this transaction, so the read is the settled state.
 */
export const appendNewestPayment = async ({
  amount,
  apartmentId,
  paymentId,
  req,
}: {
  amount: number
  apartmentId: number
  paymentId: number
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>
}): Promise<boolean> => {
  const db = await dbFor(req)
  const { rows } = await db.execute<{ is_newest: boolean; open: [number, string, string][] | null }>(sql`
    select
      p.received_at >= coalesce((select max(received_at) from payments where apartment_id = ${apartmentId} and id <> ${paymentId}), '-infinity')
        and p.received_at > coalesce((select max(created_at) from charges where apartment_id = ${apartmentId} and amount < 0), '-infinity')
        as is_newest,
      (select json_agg(json_build_array(id, open_amount::text, to_char(due_date at time zone 'UTC', ${ISO})) order by due_date, id)
         from charges where apartment_id = ${apartmentId} and open_amount > 0 and amount > 0) as open
    from payments p where p.id = ${paymentId}`)
  if (!rows[0]?.is_newest) return false
  const openCharges = (rows[0].open ?? []).map(([id, open, dueDate]) => ({ dueDate, id, open: Number(open) }))
  const result = appendCredit({ amount, openCharges, paymentId })

  await db.execute(sql`
    with allocated as (
      insert into allocations (tenant_id, apartment_id, charge_id, payment_id, amount)
      select c.tenant_id, c.apartment_id, c.id, ${paymentId}, x.amount
      from unnest(${arrayParam(result.allocations.map((a) => a.chargeId), 'int[]')}, ${arrayParam(result.allocations.map((a) => a.amount), 'numeric[]')})
        as x(charge_id, amount)
      join charges c on c.id = x.charge_id
    ), settled as (
      update charges c set open_amount = x.open
      from unnest(${arrayParam(result.changed.map((c) => c.id), 'int[]')}, ${arrayParam(result.changed.map((c) => c.open), 'numeric[]')}) as x(id, open)
      where c.id = x.id
    )
    update apartment_balances set balance = balance - ${amount}, open_items_count = ${result.openCount},
      oldest_unpaid_due_date = ${result.oldestOpenDueDate === null ? null : `${result.oldestOpenDueDate}Z`}::timestamptz, updated_at = now()
    where apartment_id = ${apartmentId}`)
  return true
}
