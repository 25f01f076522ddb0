import type { Payload } from 'payload'

import { sql } from '../../lib/db/transaction'
import type { SqlExecutor } from '../../lib/db/transaction'

export type LedgerMismatch = {
  apartmentId: number
  chargeId: null | number
  expected: null | number | string
  field: 'balance' | 'oldestUnpaidDueDate' | 'openAmount' | 'openItemsCount'
  stored: null | number | string
}

/**
 * Recomputes every open amount and balance from the raw ledger with the live FIFO formula (a
 * charge is open by what the apartment's cumulative debits exceed its total credits) and lists
 * every stored value that differs. Independent of the allocation SQL that maintains them.
 */
export const verifyLedger = async ({
  office,
  payload,
}: {
  office?: number
  payload: Payload
}): Promise<{
  apartmentsChecked: number
  chargesChecked: number
  mismatches: LedgerMismatch[]
}> => {
  const db = (payload.db as unknown as { drizzle: SqlExecutor }).drizzle
  const inOffice = office === undefined ? sql`true` : sql`tenant_id = ${office}`
  const charges = await db.execute<{
    apartment_id: number
    expected: string
    id: number
    stored: string
  }>(sql`
    with credits as (
      select apartment_id, sum(amount) as total from (
        select apartment_id, amount from payments where ${inOffice}
        union all
        select apartment_id, -amount from charges where ${inOffice} and amount < 0
      ) c group by apartment_id
    ), debits as (
      select id, apartment_id, amount, open_amount,
             sum(amount) over (partition by apartment_id order by due_date, id) as cumulative
      from charges where ${inOffice} and amount > 0
    )
    select d.id, d.apartment_id, d.open_amount as stored,
           greatest(0, least(d.amount, d.cumulative - coalesce(c.total, 0))) as expected
    from debits d left join credits c on c.apartment_id = d.apartment_id`)
  const balances = await db.execute<{
    apartment_id: number
    expected_balance: string
    expected_count: string
    expected_oldest: null | string
    stored_balance: null | string
    stored_count: null | string
    stored_oldest: null | string
  }>(sql`
    with live as (
      select a.id as apartment_id,
             coalesce((select sum(amount) from charges c where c.apartment_id = a.id), 0)
               - coalesce((select sum(amount) from payments p where p.apartment_id = a.id), 0) as balance
      from apartments a where ${inOffice}
    )
    select l.apartment_id, l.balance as expected_balance, b.balance as stored_balance,
           (select count(*) from charges c where c.apartment_id = l.apartment_id and c.open_amount > 0) as expected_count,
           b.open_items_count as stored_count,
           (select min(due_date)::text from charges c where c.apartment_id = l.apartment_id and c.open_amount > 0) as expected_oldest,
           b.oldest_unpaid_due_date::text as stored_oldest
    from live l left join apartment_balances b on b.apartment_id = l.apartment_id
    where l.balance <> 0 or b.apartment_id is not null`)

  const mismatches: LedgerMismatch[] = []
  for (const row of charges.rows) {
    if (Number(row.stored) !== Number(row.expected)) {
      mismatches.push({
        apartmentId: row.apartment_id,
        chargeId: row.id,
        expected: Number(row.expected),
        field: 'openAmount',
        stored: Number(row.stored),
      })
    }
  }
  for (const row of balances.rows) {
    const apartmentId = row.apartment_id
    if (
      row.stored_balance === null ||
      Number(row.stored_balance) !== Number(row.expected_balance)
    ) {
      mismatches.push({
        apartmentId,
        chargeId: null,
        expected: Number(row.expected_balance),
        field: 'balance',
        stored: row.stored_balance,
      })
    }
    if (row.stored_count !== null && Number(row.stored_count) !== Number(row.expected_count)) {
      mismatches.push({
        apartmentId,
        chargeId: null,
        expected: Number(row.expected_count),
        field: 'openItemsCount',
        stored: row.stored_count,
      })
    }
    if (row.stored_count !== null && row.stored_oldest !== row.expected_oldest) {
      mismatches.push({
        apartmentId,
        chargeId: null,
        expected: row.expected_oldest,
        field: 'oldestUnpaidDueDate',
        stored: row.stored_oldest,
      })
    }
  }
  return {
    apartmentsChecked: balances.rows.length,
    chargesChecked: charges.rows.length,
    mismatches,
  }
}
