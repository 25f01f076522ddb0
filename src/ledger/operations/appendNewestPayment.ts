import type { PayloadRequest } from 'payload'

import { lockChainHead } from '../../lib/audit/writeAuditEvents'
import type { LockedChainHead } from '../../lib/audit/writeAuditEvents'
import { executePrepared } from '../../lib/db/executePrepared'
import { dbFor, sql } from '../../lib/db/transaction'

/**
 * The open-items upkeep of a just-inserted payment that is newer than every other credit of its
 * apartment, in one statement. In a settled ledger the open charges are exactly the tail of the
 * due-date order that earlier credits did not reach, so a newest credit only continues that FIFO
 * walk: it fills the open charges oldest due date first (the running total of the open amounts
 * before each charge says how much of the payment is left for it) and touches nothing else.
 * `fifoAllocation` over the whole ledger gives the same result (the ledger integration tests
 * compare both after every payment).
 *
 * The same statement takes the office's audit chain head (`lockChainHead`) and returns it, so
 * the payment's audit event needs one more statement, not two; the chain stays locked from here
 * to the commit, as it would from the audit write.
 *
 * Returns null, writing and locking nothing, when the payment is not the newest credit (a
 * back-dated receipt, a credit note after it); the caller then rebuilds the apartment's open
 * items in full. The caller has locked the apartment's balance row in an earlier statement of
 * this transaction, so this statement's snapshot is the settled state.
 */
export const appendNewestPayment = async ({
  amount,
  apartmentId,
  office,
  paymentId,
  req,
}: {
  amount: number
  apartmentId: number
  office: number
  paymentId: number
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>
}): Promise<{ auditHead: LockedChainHead } | null> => {
  const db = await dbFor(req)
  const { rows } = await executePrepared<Partial<LockedChainHead> & { is_newest: boolean }>(
    db,
    sql`
    with credit as (
      select p.received_at >= coalesce((select max(received_at) from payments where apartment_id = ${apartmentId} and id <> ${paymentId}), '-infinity')
        and p.received_at > coalesce((select max(created_at) from charges where apartment_id = ${apartmentId} and amount < 0), '-infinity')
        as is_newest
      from payments p where p.id = ${paymentId}
    ), taken as (
      select id, tenant_id, due_date, open_amount,
        least(open_amount, ${amount}::numeric - coalesce(sum(open_amount) over (order by due_date, id rows between unbounded preceding and 1 preceding), 0)) as take
      from charges
      where apartment_id = ${apartmentId} and open_amount > 0 and amount > 0 and (select is_newest from credit)
    ), allocated as (
      insert into allocations (tenant_id, apartment_id, charge_id, payment_id, amount)
      select tenant_id, ${apartmentId}, id, ${paymentId}, take from taken where take > 0
    ), settled as (
      update charges c set open_amount = c.open_amount - t.take from taken t where c.id = t.id and t.take > 0
    ), balance as (
      update apartment_balances set balance = balance - ${amount}::numeric,
        open_items_count = (select count(*) from taken where take < open_amount),
        oldest_unpaid_due_date = (select min(due_date) from taken where take < open_amount), updated_at = now()
      where apartment_id = ${apartmentId} and (select is_newest from credit)
    ), head as (${lockChainHead(office, sql`(select is_newest from credit)`)})
    select credit.is_newest, head.hash, head.sequence, head.now from credit left join head on true`,
  )
  const [row] = rows
  if (row?.is_newest !== true || !row.hash || !row.now || !row.sequence) return null
  return { auditHead: { hash: row.hash, now: row.now, sequence: row.sequence } }
}
