import type { Payload } from 'payload'
import type pg from 'pg'

import { rebuildOpenItems } from '../../src/ledger/operations/rebuildOpenItems'
import type { Dataset } from './generateDataset'
import { generateLedger } from './generateLedger'
import type { SeedCharge, SeedPayment } from './generateLedger'
import { poolOf } from '../../src/lib/db/poolOf'

const BATCH_ROWS = 20_000
const REBUILD_APARTMENTS = 2_000

type Ids = { apartmentIds: number[]; buildingIds: number[]; officeIds: number[] }

const insertCharges = async (
  pool: pg.Pool,
  rows: SeedCharge[],
  ids: Ids,
  dataset: Dataset,
  categoryByOffice: number[],
) => {
  const apartment = (row: SeedCharge) => dataset.apartments[row.apartmentIndex]
  await pool.query(
    `insert into charges (tenant_id, building_id, apartment_id, period, category_id, amount, open_amount, due_date, source, source_reference)
     select t, b, a, p, c, amt, 0, d, 'common-expense', r
     from unnest($1::int[], $2::int[], $3::int[], $4::varchar[], $5::int[], $6::numeric[], $7::timestamptz[], $8::varchar[])
       as x(t, b, a, p, c, amt, d, r)`,
    [
      rows.map((row) => ids.officeIds[apartment(row).officeIndex]),
      rows.map((row) => ids.buildingIds[apartment(row).buildingIndex]),
      rows.map((row) => ids.apartmentIds[row.apartmentIndex]),
      rows.map((row) => row.period),
      rows.map((row) => categoryByOffice[apartment(row).officeIndex]),
      rows.map((row) => row.amount),
      rows.map((row) => `${row.dueDate}T12:00:00Z`),
      rows.map((row) => `seed:${row.period}`),
    ],
  )
}

const insertPayments = async (pool: pg.Pool, rows: SeedPayment[], ids: Ids, dataset: Dataset) => {
  const apartment = (row: SeedPayment) => dataset.apartments[row.apartmentIndex]
  await pool.query(
    `insert into payments (tenant_id, building_id, apartment_id, amount, received_at, method, external_reference, source)
     select t, b, a, amt, d, 'bank-transfer', r, 'import'
     from unnest($1::int[], $2::int[], $3::int[], $4::numeric[], $5::timestamptz[], $6::varchar[]) as x(t, b, a, amt, d, r)`,
    [
      rows.map((row) => ids.officeIds[apartment(row).officeIndex]),
      rows.map((row) => ids.buildingIds[apartment(row).buildingIndex]),
      rows.map((row) => ids.apartmentIds[row.apartmentIndex]),
      rows.map((row) => row.amount),
      rows.map((row) => `${row.receivedAt}T09:00:00Z`),
      rows.map((row) => row.reference),
    ],
  )
}

/**
 * Writes the ledger history: expense categories per office (Local API), charges and payments in
 * batched `INSERT ... SELECT unnest(...)` statements, then the open items of every apartment,
 * set-based, a few thousand apartments per statement.
 */
export const writeLedger = async ({
  dataset,
  ids,
  months,
  payload,
  progress,
  seed,
  today,
}: {
  dataset: Dataset
  ids: Ids
  months: number
  payload: Payload
  progress: (message: string) => void
  seed: number
  today: string
}): Promise<{ charges: number; payments: number }> => {
  const pool = poolOf(payload)
  const categoryByOffice: number[] = []
  for (const office of ids.officeIds) {
    const categories = [
      { code: 'common', name: 'Common expenses', shareColumn: 'general' as const },
      { code: 'elevator', name: 'Elevator', shareColumn: 'elevator' as const },
      { code: 'heating', name: 'Heating', shareColumn: 'heating' as const },
    ]
    const created = []
    for (const category of categories) {
      created.push(
        await payload.create({
          collection: 'expense-categories',
          data: { ...category, tenant: office },
          depth: 0,
        }),
      )
    }
    categoryByOffice.push(created[0].id)
  }

  let charges: SeedCharge[] = []
  let payments: SeedPayment[] = []
  const totals = { charges: 0, payments: 0 }
  const flush = async (force: boolean) => {
    if (charges.length >= BATCH_ROWS || (force && charges.length > 0)) {
      await insertCharges(pool, charges, ids, dataset, categoryByOffice)
      totals.charges += charges.length
      charges = []
    }
    if (payments.length >= BATCH_ROWS || (force && payments.length > 0)) {
      await insertPayments(pool, payments, ids, dataset)
      totals.payments += payments.length
      payments = []
    }
  }
  for (const building of generateLedger({ dataset, months, seed, today })) {
    charges.push(...building.charges)
    payments.push(...building.payments)
    await flush(false)
    if (building.buildingIndex % 20 === 19)
      progress(`ledger: ${totals.charges} charges, ${totals.payments} payments`)
  }
  await flush(true)
  progress(`ledger: ${totals.charges} charges, ${totals.payments} payments written`)

  for (let start = 0; start < ids.apartmentIds.length; start += REBUILD_APARTMENTS) {
    await rebuildOpenItems({
      apartmentIds: ids.apartmentIds.slice(start, start + REBUILD_APARTMENTS),
      req: { payload, transactionID: undefined },
    })
    progress(
      `open items: ${Math.min(start + REBUILD_APARTMENTS, ids.apartmentIds.length)}/${ids.apartmentIds.length} apartments`,
    )
  }
  // A bulk load leaves the planner's statistics and the visibility map stale: refresh both, as an
  // operator would after an import, so reads plan on real sizes and use index-only scans.
  await pool.query(
    'vacuum (analyze) charges, payments, allocations, apartment_balances, apartments, buildings, offices',
  )
  progress('ledger: statistics refreshed')
  return totals
}
