import type { PayloadRequest } from 'payload'

import { dbFor, sql } from '../../lib/db/transaction'
import { allocationKey, fifoAllocation } from '../engine/fifoAllocation'
import type { Allocation } from '../engine/fifoAllocation'
import { lockBalanceRow } from './lockBalanceRow'
import { intArray } from './sqlFragments'

const ISO = 'YYYY-MM-DD"T"HH24:MI:SS.MS'

type LedgerRow = {
  amount: string
  at: null | string
  charge_id: null | number
  credit_note_id: null | number
  due: null | string
  id: number
  kind: 'allocation' | 'charge' | 'payment'
  open: null | string
  payment_id: null | number
}

/**
 * The open-items upkeep of one apartment on a ledger write: the same result as the set-based
 * `rebuildOpenItems`, but with small indexed statements and the FIFO walk in the engine, then
 * only the differences written. A new payment costs a handful of cheap statements, well within
 * the write path's budget, where the one-statement version spends most of its time planning.
 */
export const rebuildApartmentOpenItems = async ({
  apartmentId,
  req,
}: {
  apartmentId: number
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>
}): Promise<void> => {
  const db = await dbFor(req)
  const locked = await lockBalanceRow({ apartmentId, req })
  if (!locked) return
  const { tenantId } = locked

  // The apartment's whole ledger in one round trip: charges, payments and stored allocations.
  const ledger = await db.execute<LedgerRow>(sql`
    select 'charge' as kind, id, amount, open_amount as open, to_char(due_date at time zone 'UTC', ${ISO}) as due,
           to_char(created_at at time zone 'UTC', ${ISO}) as at, null::int as charge_id, null::int as payment_id,
           null::int as credit_note_id
    from charges where apartment_id = ${apartmentId}
    union all
    select 'payment', id, amount, null, null, to_char(received_at at time zone 'UTC', ${ISO}), null, null, null
    from payments where apartment_id = ${apartmentId}
    union all
    select 'allocation', id, amount, null, null, null, charge_id, payment_id, credit_note_id
    from allocations where apartment_id = ${apartmentId}`)
  const charges = ledger.rows
    .filter((row) => row.kind === 'charge')
    .map((row) => ({
      amount: Number(row.amount),
      created: row.at as string,
      due: row.due as string,
      id: row.id,
      stored: row.open === null ? null : Number(row.open),
    }))
  const payments = ledger.rows
    .filter((row) => row.kind === 'payment')
    .map((row) => ({ amount: Number(row.amount), id: row.id, received: row.at as string }))
  const stored = ledger.rows.filter((row) => row.kind === 'allocation')

  const { allocations, openAmounts } = fifoAllocation({
    credits: [
      ...payments.map((row) => ({
        amount: row.amount,
        at: row.received,
        creditNoteId: null,
        id: row.id,
        kind: 'payment' as const,
        paymentId: row.id,
      })),
      ...charges
        .filter((row) => row.amount < 0)
        .map((row) => ({
          amount: -row.amount,
          at: row.created,
          creditNoteId: row.id,
          id: row.id,
          kind: 'credit-note' as const,
          paymentId: null,
        })),
    ],
    debits: charges
      .filter((row) => row.amount > 0)
      .map((row) => ({ amount: row.amount, dueDate: row.due, id: row.id })),
  })

  const due = new Map(allocations.map((allocation) => [allocationKey(allocation), allocation]))
  const staleIds: number[] = []
  for (const row of stored) {
    const key = allocationKey({
      amount: Number(row.amount),
      chargeId: row.charge_id as number,
      creditNoteId: row.credit_note_id,
      paymentId: row.payment_id,
    })
    if (due.has(key)) due.delete(key)
    else staleIds.push(row.id)
  }
  const missing: Allocation[] = [...due.values()]
  if (staleIds.length > 0)
    await db.execute(sql`delete from allocations where id = any(${intArray(staleIds)})`)
  if (missing.length > 0) {
    await db.execute(sql`
      insert into allocations (tenant_id, apartment_id, charge_id, payment_id, credit_note_id, amount)
      select ${tenantId}, ${apartmentId}, charge_id, payment_id, credit_note_id, amount
      from unnest(${intArray(missing.map((a) => a.chargeId))}, ${`{${missing.map((a) => a.paymentId ?? 'NULL').join(',')}}`}::int[],
                  ${`{${missing.map((a) => a.creditNoteId ?? 'NULL').join(',')}}`}::int[], ${`{${missing.map((a) => a.amount).join(',')}}`}::numeric[])
        as x(charge_id, payment_id, credit_note_id, amount)`)
  }

  const changed = charges
    .map((row) => ({ id: row.id, open: openAmounts.get(row.id) ?? 0, stored: row.stored }))
    .filter((row) => row.open !== row.stored)
  const openRows = charges.filter((row) => (openAmounts.get(row.id) ?? 0) > 0)
  const oldest = openRows.map((row) => row.due).sort()[0] ?? null
  const owed = charges.reduce((sum, row) => sum + row.amount, 0)
  const paid = payments.reduce((sum, row) => sum + row.amount, 0)
  // Changed open amounts and the balance row in one statement.
  await db.execute(sql`
    with changed as (
      update charges c set open_amount = x.open
      from unnest(${intArray(changed.map((row) => row.id))}, ${`{${changed.map((row) => row.open).join(',')}}`}::numeric[]) as x(id, open)
      where c.id = x.id
      returning c.id
    )
    update apartment_balances set balance = ${owed - paid}, open_items_count = ${openRows.length},
      oldest_unpaid_due_date = ${oldest === null ? null : `${oldest}Z`}::timestamptz, updated_at = now()
    where apartment_id = ${apartmentId}`)
}
