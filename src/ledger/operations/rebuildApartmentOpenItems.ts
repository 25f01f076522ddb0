import type { PayloadRequest } from 'payload'

import { dbFor, sql } from '../../lib/db/transaction'
import { type Allocation, allocationKey, fifoAllocation } from '../engine/fifoAllocation'
import { intArray } from './sqlFragments'

const ISO = 'YYYY-MM-DD"T"HH24:MI:SS.MS'

type ChargeRow = { amount: string; created: string; due: string; id: number; open_amount: null | string }
type PaymentRow = { amount: string; id: number; received: string }
type AllocationRow = { amount: string; charge_id: number; credit_note_id: null | number; id: number; payment_id: null | number }

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
  // Creates the balance row if needed and locks it: writers of one apartment queue up here.
  const locked = await db.execute<{ tenant_id: number }>(sql`
    insert into apartment_balances (tenant_id, building_id, apartment_id, balance, open_items_count)
    select tenant_id, building_id, id, 0, 0 from apartments where id = ${apartmentId}
    on conflict (apartment_id) do update set apartment_id = excluded.apartment_id
    returning tenant_id`)
  if (locked.rows.length === 0) return
  const tenantId = locked.rows[0].tenant_id

  // One after another: inside a transaction they share one connection.
  const charges = await db.execute<ChargeRow>(sql`
      select id, amount, open_amount, to_char(due_date at time zone 'UTC', ${ISO}) as due,
             to_char(created_at at time zone 'UTC', ${ISO}) as created
      from charges where apartment_id = ${apartmentId}`)
  const payments = await db.execute<PaymentRow>(sql`
      select id, amount, to_char(received_at at time zone 'UTC', ${ISO}) as received from payments where apartment_id = ${apartmentId}`)
  const stored = await db.execute<AllocationRow>(sql`
      select id, charge_id, payment_id, credit_note_id, amount from allocations where apartment_id = ${apartmentId}`)

  const { allocations, openAmounts } = fifoAllocation({
    credits: [
      ...payments.rows.map((row) => ({ amount: Number(row.amount), at: row.received, creditNoteId: null, id: row.id, kind: 'payment' as const, paymentId: row.id })),
      ...charges.rows
        .filter((row) => Number(row.amount) < 0)
        .map((row) => ({ amount: -Number(row.amount), at: row.created, creditNoteId: row.id, id: row.id, kind: 'credit-note' as const, paymentId: null })),
    ],
    debits: charges.rows.filter((row) => Number(row.amount) > 0).map((row) => ({ amount: Number(row.amount), dueDate: row.due, id: row.id })),
  })

  const due = new Map(allocations.map((allocation) => [allocationKey(allocation), allocation]))
  const staleIds: number[] = []
  for (const row of stored.rows) {
    const key = allocationKey({ amount: Number(row.amount), chargeId: row.charge_id, creditNoteId: row.credit_note_id, paymentId: row.payment_id })
    if (due.has(key)) due.delete(key)
    else staleIds.push(row.id)
  }
  const missing: Allocation[] = [...due.values()]
  if (staleIds.length > 0) await db.execute(sql`delete from allocations where id = any(${intArray(staleIds)})`)
  if (missing.length > 0) {
    await db.execute(sql`
      insert into allocations (tenant_id, apartment_id, charge_id, payment_id, credit_note_id, amount)
      select ${tenantId}, ${apartmentId}, charge_id, payment_id, credit_note_id, amount
      from unnest(${intArray(missing.map((a) => a.chargeId))}, ${`{${missing.map((a) => a.paymentId ?? 'NULL').join(',')}}`}::int[],
                  ${`{${missing.map((a) => a.creditNoteId ?? 'NULL').join(',')}}`}::int[], ${`{${missing.map((a) => a.amount).join(',')}}`}::numeric[])
        as x(charge_id, payment_id, credit_note_id, amount)`)
  }

  const changed = charges.rows
    .map((row) => ({ id: row.id, open: openAmounts.get(row.id) ?? 0, stored: row.open_amount === null ? null : Number(row.open_amount) }))
    .filter((row) => row.open !== row.stored)
  if (changed.length > 0) {
    await db.execute(sql`
      update charges c set open_amount = x.open
      from unnest(${intArray(changed.map((row) => row.id))}, ${`{${changed.map((row) => row.open).join(',')}}`}::numeric[]) as x(id, open)
      where c.id = x.id`)
  }

  const openRows = charges.rows.filter((row) => (openAmounts.get(row.id) ?? 0) > 0)
  const oldest = openRows.map((row) => row.due).sort()[0] ?? null
  const owed = charges.rows.reduce((sum, row) => sum + Number(row.amount), 0)
  const paid = payments.rows.reduce((sum, row) => sum + Number(row.amount), 0)
  await db.execute(sql`
    update apartment_balances set balance = ${owed - paid}, open_items_count = ${openRows.length},
      oldest_unpaid_due_date = ${oldest === null ? null : `${oldest}Z`}::timestamptz, updated_at = now()
    where apartment_id = ${apartmentId}`)
}
