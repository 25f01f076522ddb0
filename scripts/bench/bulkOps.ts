import { loadavg } from 'node:os'

import type { Payload } from 'payload'

import { bulkExecuteTask } from '../../plugins/bulk-ops/tasks/bulkExecuteTask'
import { BULK_EXECUTE_TASK } from '../../plugins/bulk-ops/tasks/taskNames'
import { poolOf } from '../../src/lib/db/poolOf'
import { activeQueueClient, startQueue, stopQueue } from '../../src/lib/queue/queueSingleton'
import { clearBenchCharges, clearBenchJobs, ensureBenchExpenses } from './bulkFixture'
import { grouped, perSecond } from './bulkRates'
import { bulkReport } from './bulkReport'
import type { BulkRound } from './bulkReport'
import { adminRequest, runRound } from './bulkRound'

/** pg-boss's schema for the bench's queue when the process has none: no worker of the app looks there. */
const BENCH_QUEUE_SCHEMA = 'pgboss_bench_bulk'

/** execute enqueues the worker's task: a send-only queue of the bench's own when the process has none. */
const ensureQueue = async (payload: Payload): Promise<() => Promise<void>> => {
  const running = await activeQueueClient().catch(() => null)
  if (running) {
    if (!running.tasks.has(BULK_EXECUTE_TASK))
      throw new Error(`the running queue does not know ${BULK_EXECUTE_TASK}`)
    return async () => {}
  }
  await startQueue({
    connection: { schema: BENCH_QUEUE_SCHEMA },
    payload,
    tasks: [bulkExecuteTask()],
    workers: false,
  })
  return () => stopQueue()
}

const list = (values: number[]) => values.map((value) => grouped(value)).join(', ')

/**
 * `npm run bench`, Bulk Ops: the month's common charges of the whole office (every building's
 * expenses of a fresh period split over its apartments) as a `common-expense-issue` job, dry-run
 * and executed the way the API and the worker do it, against the naive loop (one
 * `payload.create` per charge) measured on a sample in the same rounds. Each round takes back
 * what it wrote; the period's expenses are created once (setup, not measured). Runs on whatever
 * database `payload` is connected to (`bo_bench` in `npm run bench`).
 */
export const benchBulkOps = async ({
  dryRunsPerRun = 2,
  naiveCharges = 2_000,
  office,
  payload,
  runs = 3,
}: {
  dryRunsPerRun?: number
  naiveCharges?: number
  office: { id: number; timezone: string }
  payload: Payload
  runs?: number
}): Promise<string[]> => {
  const log = (message: string) => console.log(`[bench:bulk] ${message}`)
  const loadBefore = loadavg()[0]
  const stopBenchQueue = await ensureQueue(payload)
  try {
    const fixture = await ensureBenchExpenses(payload, office.id)
    // What an interrupted bench left behind.
    const leftovers = await clearBenchCharges(payload, { fixture, officeId: office.id })
    await clearBenchJobs(payload, { fixture, officeId: office.id })
    if (leftovers > 0) log(`removed ${leftovers} charges an earlier run left behind`)

    const pool = poolOf(payload)
    const buildings = (
      await pool.query<{ id: number }>(
        `select id from buildings where tenant_id = $1 order by id`,
        [office.id],
      )
    ).rows.map((row) => row.id)
    const items = Number(
      (
        await pool.query<{ count: string }>(
          `select count(*) from apartments where tenant_id = $1`,
          [office.id],
        )
      ).rows[0].count,
    )
    const asAdmin = await adminRequest(payload, office.id)
    const rounds: BulkRound[] = []
    for (let index = 0; index < runs; index += 1) {
      const round = await runRound({
        asAdmin,
        buildings,
        dryRunsPerRun,
        fixture,
        naiveCharges,
        office,
        payload,
      })
      rounds.push(round)
      log(
        `round ${index + 1}/${runs}: dry-run ${list(round.dryRuns)} ms (plan alone ${grouped(round.planMs)} ms); ` +
          `execute ${grouped(round.executeMs)} ms for ${grouped(round.charges)} charges (${grouped(perSecond(round.charges, round.executeMs))}/s; ` +
          `start ${grouped(round.startMs)} ms, worker ${grouped(round.workMs)} ms); ` +
          `naive ${grouped(round.naive.ms)} ms for ${grouped(round.naive.charges)} (${grouped(perSecond(round.naive.charges, round.naive.ms))}/s)`,
      )
    }
    return bulkReport(
      {
        buildings: buildings.length,
        dryRunsPerRun,
        expenses: fixture.expenseIds.length,
        items,
        load: { after: loadavg()[0], before: loadBefore },
        naiveCharges,
        period: fixture.period,
      },
      rounds,
    )
  } finally {
    await stopBenchQueue()
  }
}
