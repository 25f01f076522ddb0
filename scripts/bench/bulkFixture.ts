import type { Payload } from 'payload'

import { expenseReference } from '../../plugins/bulk-ops/engine/effectKeys'
import { nextPeriodStart } from '../../src/ledger/engine/officeCalendar'
import { rebuildOpenItems } from '../../src/ledger/operations/rebuildOpenItems'
import { poolOf } from '../../src/lib/db/poolOf'
import { benchExpenseRows } from './bulkExpenses'

/** Marks the bench's expenses, so a later run finds them (and only them) again. */
const BULK_BENCH_EXPENSE_PREFIX = 'Bench (bulk ops):'

/** Apartments per open-items rebuild statement, as the seed rebuilds them. */
const REBUILD_APARTMENTS = 2_000

export type BulkBenchFixture = { expenseIds: number[]; period: string; references: string[] }

/**
 * The period the bench issues and its expenses: one per category and building, for the month
 * after the office's ledger history (a month nothing was issued for yet). Written once with one
 * batched INSERT (setup, not measured) and reused by later runs; expenses are not ledger rows, so
 * they change no other measurement.
 */
export const ensureBenchExpenses = async (
  payload: Payload,
  officeId: number,
): Promise<BulkBenchFixture> => {
  const pool = poolOf(payload)
  const existing = await pool.query<{ id: number; period: string }>(
    `select id, period from expenses where tenant_id = $1 and description like $2 order by id`,
    [officeId, `${BULK_BENCH_EXPENSE_PREFIX}%`],
  )
  if (existing.rows.length === 0) {
    const { rows } = await pool.query<{ last: null | string }>(
      `select max(period) as last from charges where tenant_id = $1`,
      [officeId],
    )
    const period = nextPeriodStart(rows[0].last ?? new Date().toISOString().slice(0, 7)).slice(0, 7)
    const buildings = (
      await pool.query<{ id: number }>(
        `select id from buildings where tenant_id = $1 order by id`,
        [officeId],
      )
    ).rows.map((row) => row.id)
    const categories = (
      await pool.query<{ id: number; share_column: string }>(
        `select id, share_column from expense_categories where tenant_id = $1 order by id`,
        [officeId],
      )
    ).rows.map((row) => ({ id: row.id, shareColumn: row.share_column }))
    const expenses = benchExpenseRows({ buildings, categories, prefix: BULK_BENCH_EXPENSE_PREFIX })
    if (expenses.length === 0)
      throw new Error(`office ${officeId} has no buildings or expense categories to issue`)
    await pool.query(
      `insert into expenses (tenant_id, building_id, category_id, period, amount, description)
       select $1, b, c, $2, a, d from unnest($3::int[], $4::int[], $5::numeric[], $6::varchar[]) as x(b, c, a, d)`,
      [
        officeId,
        period,
        expenses.map((e) => e.buildingId),
        expenses.map((e) => e.categoryId),
        expenses.map((e) => e.amount),
        expenses.map((e) => e.description),
      ],
    )
    return ensureBenchExpenses(payload, officeId)
  }
  const periods = new Set(existing.rows.map((row) => row.period))
  if (periods.size !== 1)
    throw new Error(
      `the bench's expenses span ${[...periods].join(', ')}: delete them and run again`,
    )
  const expenseIds = existing.rows.map((row) => row.id)
  return {
    expenseIds,
    period: existing.rows[0].period,
    references: expenseIds.map(expenseReference),
  }
}

/**
 * Takes back the charges of the bench period, whoever wrote them (a job, the naive loop, or an
 * interrupted earlier run), with their allocations, then rebuilds the touched apartments' open
 * items with the ledger's own set-based upkeep, so balances and open items are as before.
 * Returns how many charges it removed.
 */
export const clearBenchCharges = async (
  payload: Payload,
  { fixture, officeId }: { fixture: BulkBenchFixture; officeId: number },
): Promise<number> => {
  const pool = poolOf(payload)
  const mine = `from charges where tenant_id = $1 and source = 'common-expense' and source_reference = any($2::varchar[])`
  const args = [officeId, fixture.references]
  const apartments = (
    await pool.query<{ apartment_id: number }>(
      `select distinct apartment_id ${mine} order by 1`,
      args,
    )
  ).rows.map((row) => row.apartment_id)
  await pool.query(
    `delete from allocations where charge_id in (select id ${mine}) or credit_note_id in (select id ${mine})`,
    args,
  )
  const removed = (await pool.query(`delete ${mine}`, args)).rowCount ?? 0
  for (let start = 0; start < apartments.length; start += REBUILD_APARTMENTS) {
    await rebuildOpenItems({
      apartmentIds: apartments.slice(start, start + REBUILD_APARTMENTS),
      req: { payload, transactionID: undefined },
    })
  }
  return removed
}

/** Removes the bench period's bulk jobs with their items and errors. Their audit events stay: the chain is append-only. */
export const clearBenchJobs = async (
  payload: Payload,
  { fixture, officeId }: { fixture: BulkBenchFixture; officeId: number },
): Promise<void> => {
  const pool = poolOf(payload)
  const jobs = `select id from bulk_jobs where tenant_id = $1 and scope_period = $2 and action = 'common-expense-issue'`
  await pool.query(`delete from bulk_job_errors where job_id in (${jobs})`, [
    officeId,
    fixture.period,
  ])
  await pool.query(`delete from bulk_job_items where job_id in (${jobs})`, [
    officeId,
    fixture.period,
  ])
  await pool.query(`delete from bulk_jobs where id in (${jobs})`, [officeId, fixture.period])
}
