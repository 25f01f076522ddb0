import type { Payload } from 'payload'

import type { BulkJob, ExpenseCategory } from '../../../payload-types'
import { poolOf } from '../../../src/lib/db/poolOf'
import { metrics } from '../../../src/lib/metrics/registry'
import { stopQueue } from '../../../src/lib/queue/queueSingleton'
import { configuredTasks } from '../../../src/lib/queue/registerTasks'
import { startPayload } from '../../../test/helpers/testPayload'
import { buildWorld } from '../../../test/helpers/world'
import type { World } from '../../../test/helpers/world'
import { BULK_JOB_ERRORS, BULK_JOBS } from '../constants'
import { createBulkJob } from '../operations/createBulkJob'
import { dryRunBulkJob } from '../operations/dryRunBulkJob'
import { executeBulkJob } from '../operations/executeBulkJob'
import { processBulkJob } from '../operations/processBulkJob'
import { retryBulkJob } from '../operations/retryBulkJob'
import { bulkExecuteTask } from '../tasks/bulkExecuteTask'
import { BULK_EXECUTE_TASK } from '../tasks/taskNames'
import { balancesOf, buildingOf, itemsOf, reqAs, runJob, startBulkQueue } from './bulkTestKit'

/**
 * Issuing charges as a checked job on a real database (NC-306): dry-run first and nothing on the
 * ledger until execute, execution exact to the cent, repeated and concurrent executes that create
 * nothing twice, a plan that drifted refused, and a retry that touches only the failed item.
 */
const QUEUE_SCHEMA = 'pgboss_bulk_execution_test'
let payload: Payload
let world: World
let general: ExpenseCategory
let elevator: ExpenseCategory

const admin = () => world.actors.adminA
const buildingA1 = () => buildingOf(world.a.apartments[0])
const apartmentsOfA1 = () => world.a.apartments.slice(0, 2).map((a) => a.id)

const expense = (period: string, amount: number, category = general, building = buildingA1()) =>
  payload.create({
    collection: 'expenses',
    data: {
      amount,
      building,
      category: category.id,
      description: `Expense ${period} ${amount}`,
      period,
    },
    depth: 0,
  })

const chargesOf = async (reference: string) =>
  (
    await poolOf(payload).query<{
      amount: string
      apartment_id: number
      id: number
      open_amount: string
    }>(
      `select id, apartment_id, amount, open_amount from charges where source_reference = $1 order by apartment_id`,
      [reference],
    )
  ).rows

const create = async (input: unknown) =>
  createBulkJob({ input, req: await reqAs(payload, admin()) })
const dryRun = async (jobId: number) => dryRunBulkJob({ jobId, req: await reqAs(payload, admin()) })
const execute = async (jobId: number) =>
  executeBulkJob({ jobId, req: await reqAs(payload, admin()) })
const jobOf = async (jobId: number) =>
  (await payload.findByID({ collection: BULK_JOBS, depth: 0, id: jobId })) as BulkJob
const itemCount = (action: string, status: string) =>
  metrics.bulkJobItems
    .get()
    .then(
      ({ values }) =>
        values.find((v) => v.labels.action === action && v.labels.status === status)?.value ?? 0,
    )

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  await startBulkQueue(payload, QUEUE_SCHEMA)
  general = await payload.create({
    collection: 'expense-categories',
    data: { code: 'general', name: 'General', shareColumn: 'general', tenant: world.a.office.id },
    depth: 0,
  })
  elevator = await payload.create({
    collection: 'expense-categories',
    data: {
      code: 'elevator',
      name: 'Elevator',
      shareColumn: 'elevator',
      tenant: world.a.office.id,
    },
    depth: 0,
  })
})

afterAll(async () => {
  await stopQueue()
})

describe('common-expense issue', () => {
  let job: BulkJob
  const period = '2031-01'

  it('should dry-run without touching the ledger and persist a preview exact to the cent', async () => {
    const cleaning = await expense(period, 10_001)
    const lift = await expense(period, 3_000, elevator)
    job = await create({
      action: 'common-expense-issue',
      scope: { buildings: [buildingA1()], period },
    })
    expect(job).toMatchObject({
      parameters: { dueDate: '2031-02-10' },
      status: 'draft',
      tenant: world.a.office.id,
    })

    const result = await dryRun(job.id)
    expect(result.job).toMatchObject({
      itemsSkipped: 0,
      itemsTotal: 2,
      planHash: result.planHash,
      status: 'dry-run-ready',
      validationErrorCount: 0,
    })
    expect(result.planHash).toMatch(/^[0-9a-f]{64}$/)
    expect(result.estimatedImpact).toMatchObject({
      byCategory: [
        { category: general.id, cents: 10_001 },
        { category: elevator.id, cents: 3_000 },
      ],
      planned: 2,
      totalCents: 13_001,
    })
    const previews = result.items.docs.map(
      (item) =>
        item.preview as {
          after: number
          before: number
          lines: { amount: number; expense: number }[]
        },
    )
    expect(previews.map((p) => p.lines.map((line) => [line.expense, line.amount]))).toEqual([
      [
        [cleaning.id, 5_001],
        [lift.id, 1_500],
      ],
      [
        [cleaning.id, 5_000],
        [lift.id, 1_500],
      ],
    ])
    expect(previews[0].after - previews[0].before).toBe(6_501)
    expect(await chargesOf(`expense:${cleaning.id}`)).toEqual([])

    // Dry-run again: the plan is replaced, not added to.
    const again = await dryRun(job.id)
    expect(again.planHash).toBe(result.planHash)
    expect(await itemsOf(payload, job.id)).toHaveLength(2)
    expect(again.items.docs[0].id).not.toBe(result.items.docs[0].id)
  })

  it('should issue the planned charges once, audit each item with the job trace, and complete', async () => {
    const succeededBefore = await itemCount('common-expense-issue', 'succeeded')
    const started = await execute(job.id)
    expect(started).toMatchObject({
      status: 'executing',
      traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
    })
    // Queued for the registered worker task, under the job's trace.
    expect(configuredTasks(payload.config).map((task) => task.name)).toContain(BULK_EXECUTE_TASK)
    const queued = await poolOf(payload).query(
      `select data from ${QUEUE_SCHEMA}.job where name = $1 and (data->'data'->>'jobId')::int = $2`,
      [BULK_EXECUTE_TASK, job.id],
    )
    expect(queued.rows.map((row) => row.data)).toEqual([
      expect.objectContaining({ data: { jobId: job.id }, traceId: started.traceId }),
    ])
    expect(await processBulkJob({ jobId: job.id, payload })).toEqual({
      jobId: job.id,
      status: 'completed',
    })

    const done = await jobOf(job.id)
    expect(done).toMatchObject({ itemsFailed: 0, itemsSucceeded: 2, status: 'completed' })
    const cleaning = (done.estimatedImpact as { byCategory: { category: number }[] }).byCategory
    expect(cleaning).toHaveLength(2)
    const items = await itemsOf(payload, job.id)
    expect(
      items.map((item) => [item.status, Number(item.amount), item.effect_ids?.length]),
    ).toEqual([
      ['succeeded', 6_501, 2],
      ['succeeded', 6_500, 2],
    ])
    const { rows } = await poolOf(payload).query<{
      amount: string
      due: string
      open_amount: string
      source: string
    }>(
      `select amount, open_amount, source, to_char(due_date at time zone 'Europe/Athens', 'YYYY-MM-DD HH24:MI') as due from charges where id = any($1::int[]) order by id`,
      [items.flatMap((item) => item.effect_ids ?? [])],
    )
    expect(rows.reduce((sum, row) => sum + Number(row.amount), 0)).toBe(13_001)
    expect(
      rows.every(
        (row) =>
          row.source === 'common-expense' &&
          row.due === '2031-02-10 12:00' &&
          row.amount === row.open_amount,
      ),
    ).toBe(true)
    expect(await balancesOf(payload, apartmentsOfA1())).toEqual({
      [apartmentsOfA1()[0]]: 6_501,
      [apartmentsOfA1()[1]]: 6_500,
    })

    const audit = await payload.find({
      collection: 'audit-events',
      depth: 0,
      limit: 10,
      where: { traceId: { equals: started.traceId } },
    })
    // Each charge is audited by the ledger in the one shape of the fact, naming its item; the
    // items that issued them need no event of their own.
    expect(audit.docs.map((event) => event.action).sort()).toEqual([
      'bulk-job.completed',
      'bulk-job.execution-started',
      'charge.created',
      'charge.created',
      'charge.created',
      'charge.created',
    ])
    const itemOfCharge = new Map(
      items.flatMap((item) =>
        (item.effect_ids ?? []).map((chargeId) => [String(chargeId), item.id]),
      ),
    )
    for (const event of audit.docs.filter((e) => e.action === 'charge.created')) {
      expect(event).toMatchObject({
        actorLabel: 'system:bulk-ops',
        after: { origin: { id: itemOfCharge.get(event.entityId), type: 'bulk-job-items' } },
        entityType: 'charges',
      })
    }
    expect(await itemCount('common-expense-issue', 'succeeded')).toBe(succeededBefore + 2)
    const duration = await metrics.bulkJobDuration.get()
    expect(
      duration.values.some(
        (v) => v.labels.action === 'common-expense-issue' && v.labels.outcome === 'completed',
      ),
    ).toBe(true)
  })

  it('should refuse a repeated execute and create nothing when the worker runs again', async () => {
    const before = (await itemsOf(payload, job.id)).flatMap((item) => item.effect_ids ?? [])
    await expect(execute(job.id)).rejects.toMatchObject({ code: 'already-executing', status: 409 })
    expect(await processBulkJob({ jobId: job.id, payload })).toEqual({
      jobId: job.id,
      status: 'completed',
    })
    const { rows } = await poolOf(payload).query(
      `select count(*)::int as n from charges where apartment_id = any($1::int[]) and source = 'common-expense'`,
      [apartmentsOfA1()],
    )
    expect(rows[0].n).toBe(before.length)
  })

  it('should report already-issued for a second job over the same period and charge nothing', async () => {
    const second = await runJob({
      actor: admin(),
      input: { action: 'common-expense-issue', scope: { buildings: [buildingA1()], period } },
      payload,
    })
    expect(second).toMatchObject({
      itemsSkipped: 2,
      itemsSucceeded: 0,
      status: 'completed',
      validationErrorCount: 2,
    })
    expect(
      (await itemsOf(payload, second.id)).map((item) => item.validation_errors?.[0]?.code),
    ).toEqual(['already-issued', 'already-issued'])
    expect(await balancesOf(payload, apartmentsOfA1())).toEqual({
      [apartmentsOfA1()[0]]: 6_501,
      [apartmentsOfA1()[1]]: 6_500,
    })
  })

  it('should execute a job once when two executes race', async () => {
    const racePeriod = '2031-02'
    await expense(racePeriod, 777)
    const raced = await create({
      action: 'common-expense-issue',
      scope: { buildings: [buildingA1()], period: racePeriod },
    })
    await dryRun(raced.id)
    const outcomes = await Promise.allSettled([execute(raced.id), execute(raced.id)])
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
      reason: { code: 'already-executing' },
    })
    // Two workers on the same job (a replayed queue job): one set of charges, one completion.
    const runs = await Promise.all([
      processBulkJob({ jobId: raced.id, payload }),
      processBulkJob({ jobId: raced.id, payload }),
    ])
    expect(runs.map((run) => run.status)).toContain('completed')
    const { rows } = await poolOf(payload).query(
      `select count(*)::int as n, sum(amount)::int as total from charges where period = $1 and apartment_id = any($2::int[])`,
      [racePeriod, apartmentsOfA1()],
    )
    expect(rows[0]).toEqual({ n: 2, total: 777 })
    const completions = await payload.count({
      collection: 'audit-events',
      where: {
        and: [
          { action: { equals: 'bulk-job.completed' } },
          { entityId: { equals: String(raced.id) } },
        ],
      },
    })
    expect(completions.totalDocs).toBe(1)
  })

  it('should charge once when two jobs over the same period execute side by side', async () => {
    const overlapPeriod = '2031-09'
    await expense(overlapPeriod, 1_001)
    const input = {
      action: 'common-expense-issue',
      scope: { buildings: [buildingA1()], period: overlapPeriod },
    }
    const [first, second] = [await create(input), await create(input)]
    for (const job of [first, second]) await dryRun(job.id)
    // Both pass their plan check before either has charged anything; their workers then meet at the key.
    await execute(first.id)
    await execute(second.id)
    await processBulkJob({ jobId: first.id, payload })
    await processBulkJob({ jobId: second.id, payload })
    expect(await jobOf(first.id)).toMatchObject({
      itemsSkipped: 0,
      itemsSucceeded: 2,
      status: 'completed',
    })
    expect(await jobOf(second.id)).toMatchObject({
      itemsSkipped: 2,
      itemsSucceeded: 0,
      status: 'completed',
    })
    expect(
      (await itemsOf(payload, second.id)).map((item) => [
        item.status,
        item.validation_errors?.[0]?.code,
        item.effect_ids,
      ]),
    ).toEqual([
      ['skipped', 'already-issued', []],
      ['skipped', 'already-issued', []],
    ])
    const { rows } = await poolOf(payload).query(
      `select count(*)::int as n, sum(amount)::int as total from charges where period = $1`,
      [overlapPeriod],
    )
    expect(rows[0]).toEqual({ n: 2, total: 1_001 })
  })

  it('should refuse to execute a job that was not dry-run', async () => {
    const draft = await create({
      action: 'common-expense-issue',
      scope: { buildings: [buildingA1()], period: '2031-03' },
    })
    await expect(execute(draft.id)).rejects.toMatchObject({ code: 'not-dry-run', status: 409 })
  })

  it('should refuse a plan whose expense changed after the dry-run, and run it once dry-run again', async () => {
    const driftPeriod = '2031-04'
    const changed = await expense(driftPeriod, 5_000)
    const drifting = await create({
      action: 'common-expense-issue',
      scope: { buildings: [buildingA1()], period: driftPeriod },
    })
    await dryRun(drifting.id)
    await payload.update({ collection: 'expenses', data: { amount: 5_002 }, id: changed.id })

    await expect(execute(drifting.id)).rejects.toMatchObject({
      code: 'plan-drift',
      message: expect.stringContaining('dry-run again'),
      status: 409,
    })
    expect(await jobOf(drifting.id)).toMatchObject({ status: 'dry-run-ready' })
    expect(await chargesOf(`expense:${changed.id}`)).toEqual([])

    await dryRun(drifting.id)
    await execute(drifting.id)
    await processBulkJob({ jobId: drifting.id, payload })
    expect((await chargesOf(`expense:${changed.id}`)).map((c) => Number(c.amount))).toEqual([
      2_501, 2_501,
    ])
  })
})

describe('recurring expenses', () => {
  it('should issue the month share of the active recurring expenses, keyed by period', async () => {
    const building = buildingOf(world.a.apartments[2])
    const lift = await payload.create({
      collection: 'recurring-expenses',
      data: {
        activeMonths: ['05'],
        building,
        category: elevator.id,
        description: 'Lift contract',
        monthlyAmount: 12_001,
      },
      depth: 0,
    })
    await payload.create({
      collection: 'recurring-expenses',
      data: {
        active: false,
        activeMonths: ['05'],
        building,
        category: general.id,
        description: 'Paused',
        monthlyAmount: 99_999,
      },
      depth: 0,
    })
    const job = await runJob({
      actor: admin(),
      input: {
        action: 'recurring-expenses',
        parameters: { dueDate: '2031-05-20' },
        scope: { buildings: [building], period: '2031-05' },
      },
      payload,
    })
    expect(job).toMatchObject({ itemsSucceeded: 2, status: 'completed' })
    const charges = await chargesOf(`recurring:${lift.id}:2031-05`)
    expect(charges.map((c) => Number(c.amount))).toEqual([6_001, 6_000])
    const outOfSeason = await runJob({
      actor: admin(),
      input: { action: 'recurring-expenses', scope: { buildings: [building], period: '2031-06' } },
      payload,
    })
    expect(
      (await itemsOf(payload, outOfSeason.id)).map((item) => item.validation_errors?.[0]?.code),
    ).toEqual(['no-expenses', 'no-expenses'])
  })
})

describe('retry', () => {
  const period = '2031-07'
  const trigger = `bulk_test_refuse_${process.pid}`

  afterAll(async () => {
    await poolOf(payload).query(
      `drop trigger if exists ${trigger} on charges; drop function if exists ${trigger}()`,
    )
  })

  it('should fail one bad item alone, and on retry change only that item', async () => {
    const apartments = world.a.apartments.map((a) => a.id)
    const bad = apartments[2]
    for (const apartment of world.a.apartments.filter((_, index) => index % 2 === 0))
      await expense(period, 4_000, general, buildingOf(apartment))
    await poolOf(payload).query(`
      create function ${trigger}() returns trigger language plpgsql as $$
      begin
        if new.apartment_id = ${bad} then raise exception 'refused for apartment %', new.apartment_id; end if;
        return new;
      end $$;
      create trigger ${trigger} before insert on charges for each row execute function ${trigger}()`)

    const job = await runJob({
      actor: admin(),
      input: {
        action: 'common-expense-issue',
        scope: { buildings: [...new Set(world.a.apartments.map(buildingOf))], period },
      },
      payload,
    })
    expect(job).toMatchObject({
      itemsFailed: 1,
      itemsSucceeded: 3,
      status: 'completed-with-errors',
    })
    const first = await itemsOf(payload, job.id)
    const failed = first.find((item) => item.apartment_id === bad)!
    expect(failed).toMatchObject({ attempts: '1', effect_ids: null, status: 'failed' })
    const errors = await payload.find({
      collection: BULK_JOB_ERRORS,
      depth: 0,
      where: { job: { equals: job.id } },
    })
    expect(errors.docs).toHaveLength(1)
    expect(errors.docs[0]).toMatchObject({
      attempt: 1,
      code: 'db-P0001',
      item: failed.id,
      message: expect.stringContaining('refused for apartment'),
    })

    await expect(
      retryBulkJob({
        itemIds: [first.find((item) => item.status === 'succeeded')!.id],
        jobId: job.id,
        req: await reqAs(payload, admin()),
      }),
    ).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: [{ message: 'Not a failed item of this job', path: 'itemIds.0' }],
    })

    await poolOf(payload).query(`drop trigger ${trigger} on charges`)
    const retried = await retryBulkJob({ jobId: job.id, req: await reqAs(payload, admin()) })
    expect(retried).toMatchObject({ itemsFailed: 0, status: 'executing' })
    await processBulkJob({ jobId: job.id, payload })

    expect(await jobOf(job.id)).toMatchObject({
      itemsFailed: 0,
      itemsSucceeded: 4,
      status: 'completed',
    })
    const second = await itemsOf(payload, job.id)
    for (const item of second) {
      const before = first.find((row) => row.id === item.id)!
      if (item.apartment_id === bad) {
        expect(item).toMatchObject({ attempts: '2', status: 'succeeded' })
      } else {
        // Untouched: same attempts, same effects, same last update.
        expect(item).toEqual(before)
      }
    }
    const { rows } = await poolOf(payload).query(
      `select apartment_id, count(*)::int as n from charges where period = $1 group by apartment_id order by apartment_id`,
      [period],
    )
    expect(rows).toEqual(apartments.map((apartment_id) => ({ apartment_id, n: 1 })))
    expect(
      (
        await payload.find({
          collection: BULK_JOB_ERRORS,
          depth: 0,
          where: { job: { equals: job.id } },
        })
      ).docs,
    ).toHaveLength(1)
  })
})

describe('a job whose worker gives up', () => {
  const trigger = `bulk_test_unfinishable_${process.pid}`

  afterAll(async () => {
    await poolOf(payload).query(
      `drop trigger if exists ${trigger} on bulk_jobs; drop function if exists ${trigger}()`,
    )
  })

  it('should stay executing while the queue retries, be marked failed after the last attempt, and run again on retry', async () => {
    await expense('2031-08', 2_000)
    const job = await create({
      action: 'common-expense-issue',
      scope: { buildings: [buildingA1()], period: '2031-08' },
    })
    await dryRun(job.id)
    await execute(job.id)
    // The job cannot be finished (as if its database kept failing at the end of every attempt).
    await poolOf(payload).query(`
      create function ${trigger}() returns trigger language plpgsql as $$
      begin
        if new.id = ${job.id} and new.status in ('completed', 'completed-with-errors') then raise exception 'database unavailable'; end if;
        return new;
      end $$;
      create trigger ${trigger} before update on bulk_jobs for each row execute function ${trigger}()`)
    const attempt = (retryCount: number) =>
      bulkExecuteTask().handler({
        data: { jobId: job.id },
        job: {
          createdOn: new Date(),
          id: `attempt-${retryCount}`,
          name: BULK_EXECUTE_TASK,
          retryCount,
          retryLimit: 4,
        },
        payload,
        traceId: 'trace',
      })

    await expect(attempt(0)).rejects.toMatchObject({ cause: { message: 'database unavailable' } })
    expect(await jobOf(job.id)).toMatchObject({ status: 'executing' })
    await expect(attempt(4)).rejects.toMatchObject({ cause: { message: 'database unavailable' } })
    expect(await jobOf(job.id)).toMatchObject({
      error: expect.stringContaining('database unavailable'),
      status: 'failed',
    })
    // The items were executed before the end failed: they stay succeeded.
    expect((await itemsOf(payload, job.id)).map((item) => item.status)).toEqual([
      'succeeded',
      'succeeded',
    ])

    await poolOf(payload).query(`drop trigger ${trigger} on bulk_jobs`)
    await retryBulkJob({ jobId: job.id, req: await reqAs(payload, admin()) })
    expect(await processBulkJob({ jobId: job.id, payload })).toEqual({
      jobId: job.id,
      status: 'completed',
    })
    const { rows } = await poolOf(payload).query(
      `select count(*)::int as n from charges where period = '2031-08'`,
    )
    expect(rows[0].n).toBe(2)
  })
})
