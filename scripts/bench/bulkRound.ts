import { createLocalReq } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import type { BulkJob } from '../../payload-types'
import { BULK_JOBS } from '../../plugins/bulk-ops/constants'
import { computePlan } from '../../plugins/bulk-ops/operations/computePlan'
import { createBulkJob } from '../../plugins/bulk-ops/operations/createBulkJob'
import { dryRunBulkJob } from '../../plugins/bulk-ops/operations/dryRunBulkJob'
import { executeBulkJob } from '../../plugins/bulk-ops/operations/executeBulkJob'
import { processBulkJob } from '../../plugins/bulk-ops/operations/processBulkJob'
import { BULK_EXECUTE_TASK } from '../../plugins/bulk-ops/tasks/taskNames'
import { verifyLedger } from '../../src/ledger/operations/verifyLedger'
import { poolOf } from '../../src/lib/db/poolOf'
import { dedupeJobId } from '../../src/lib/queue/dedupeJobId'
import { activeQueueClient } from '../../src/lib/queue/queueSingleton'
import { clearBenchCharges, clearBenchJobs } from './bulkFixture'
import type { BulkBenchFixture } from './bulkFixture'
import { naiveChargeLoop, plannedChargesSample } from './bulkNaive'
import type { BulkRound } from './bulkReport'

type Office = { id: number; timezone: string }

const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const started = performance.now()
  const result = await work()
  return { ms: performance.now() - started, result }
}

/** The office's admin, as the acting user of every call (create, dry-run and execute check their caller). */
export const adminRequest = async (
  payload: Payload,
  officeId: number,
): Promise<() => Promise<PayloadRequest>> => {
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: 1,
    sort: 'id',
    where: {
      and: [{ role: { equals: 'office-admin' } }, { 'tenants.tenant': { equals: officeId } }],
    },
  })
  if (!docs[0]) throw new Error(`office ${officeId} has no office admin to run bulk jobs as`)
  const user = { ...docs[0], collection: 'users' } as never
  // One request per call, as the endpoints get them: requests never share a transaction.
  return () => createLocalReq({ user }, payload)
}

/**
 * Fails the bench unless the job issued exactly what its dry-run planned and the office's open
 * items and balances are what the live FIFO formula gives (`verifyLedger`, not measured).
 */
const checkIssued = async (
  payload: Payload,
  { fixture, job, officeId }: { fixture: BulkBenchFixture; job: BulkJob; officeId: number },
) => {
  const impact = job.estimatedImpact as { planned: number; totalCents: number }
  const { rows } = await poolOf(payload).query<{ cents: string; charges: number; lines: number }>(
    `select (select count(*)::int from charges where tenant_id = $1 and source = 'common-expense' and source_reference = any($2::varchar[])) as charges,
            (select coalesce(sum(amount), 0) from charges where tenant_id = $1 and source = 'common-expense' and source_reference = any($2::varchar[])) as cents,
            (select coalesce(sum(jsonb_array_length(effect_ids)), 0)::int from bulk_job_items where job_id = $3) as lines`,
    [officeId, fixture.references, job.id],
  )
  const issued = rows[0]
  const { mismatches } = await verifyLedger({ office: officeId, payload })
  const problems = [
    mismatches.length > 0 &&
      `${mismatches.length} ledger mismatches, e.g. ${JSON.stringify(mismatches.slice(0, 3))}`,
    job.status !== 'completed' && `status ${job.status}`,
    job.itemsSucceeded !== impact.planned &&
      `${job.itemsSucceeded} of ${impact.planned} items succeeded`,
    Number(issued.cents) !== impact.totalCents &&
      `${issued.cents} cents issued of ${impact.totalCents} planned`,
    issued.charges !== issued.lines &&
      `${issued.charges} charges but ${issued.lines} recorded on the items`,
  ].filter(Boolean)
  if (problems.length > 0) throw new Error(`bulk job ${job.id}: ${problems.join('; ')}`)
  return issued.charges
}

/**
 * One round: a job over every building of the office for the bench period, dry-run
 * `dryRunsPerRun` times; the naive loop on the first `naiveCharges` planned charges (then taken
 * back); the job executed (execute, then the worker's part) and checked; then everything the
 * round wrote taken back and vacuumed, so every round starts from the same data.
 */
export const runRound = async ({
  asAdmin,
  buildings,
  dryRunsPerRun,
  fixture,
  naiveCharges,
  office,
  payload,
}: {
  asAdmin: () => Promise<PayloadRequest>
  buildings: number[]
  dryRunsPerRun: number
  fixture: BulkBenchFixture
  naiveCharges: number
  office: Office
  payload: Payload
}): Promise<BulkRound> => {
  const job = await createBulkJob({
    input: { action: 'common-expense-issue', scope: { buildings, period: fixture.period } },
    req: await asAdmin(),
  })
  const dryRuns: number[] = []
  for (let index = 0; index < dryRunsPerRun; index += 1) {
    const { ms, result } = await timed(async () =>
      dryRunBulkJob({ itemsLimit: 25, jobId: job.id, req: await asAdmin() }),
    )
    const impact = result.estimatedImpact
    if (impact.validationErrors > 0 || impact.planned !== impact.items) {
      throw new Error(
        `the bench period does not plan cleanly: ${JSON.stringify({ ...impact, byBuilding: undefined, byCategory: undefined })}`,
      )
    }
    dryRuns.push(ms)
  }
  const dryRun = (await payload.findByID({
    collection: BULK_JOBS,
    depth: 0,
    id: job.id,
  })) as BulkJob
  const plan = await timed(async () => computePlan({ job: dryRun, req: await asAdmin() }))

  const sample = await plannedChargesSample(payload, { jobId: job.id, limit: naiveCharges })
  const naive = await timed(() =>
    naiveChargeLoop(payload, { charges: sample, timezone: office.timezone }),
  )
  const sampleCents = sample.reduce((sum, charge) => sum + charge.line.amount, 0)
  if (naive.result !== sampleCents)
    throw new Error(`the naive loop charged ${naive.result} cents of ${sampleCents}`)
  await clearBenchCharges(payload, { fixture, officeId: office.id })

  const start = await timed(async () => executeBulkJob({ jobId: job.id, req: await asAdmin() }))
  const work = await timed(() => processBulkJob({ jobId: job.id, payload }))
  // The bench played the worker: the queue job execute enqueued (keyed as enqueueBulkExecution keys it) goes too.
  await (
    await activeQueueClient()
  ).boss.deleteJob(
    BULK_EXECUTE_TASK,
    dedupeJobId({ key: `bulk-job:${job.id}:execute`, name: BULK_EXECUTE_TASK }),
  )
  const done = (await payload.findByID({ collection: BULK_JOBS, depth: 0, id: job.id })) as BulkJob
  const charges = await checkIssued(payload, { fixture, job: done, officeId: office.id })

  await clearBenchCharges(payload, { fixture, officeId: office.id })
  await clearBenchJobs(payload, { fixture, officeId: office.id })
  // The take-back leaves ~80,000 dead rows and stale statistics: settle them as autovacuum would in
  // time, so the next round's dry-run meets an office's steady state, not this bench's churn.
  await poolOf(payload).query(
    'vacuum (analyze) charges, allocations, apartment_balances, bulk_job_items',
  )
  return {
    charges,
    dryRuns,
    executeMs: start.ms + work.ms,
    naive: { charges: sample.length, ms: naive.ms },
    planMs: plan.ms,
    startMs: start.ms,
    workMs: work.ms,
  }
}
