import type { Payload } from 'payload'

import type { BulkJob } from '../../../payload-types'
import { stopQueue } from '../../../src/lib/queue/queueSingleton'
import { startPayload } from '../../../test/helpers/testPayload'
import { buildWorld } from '../../../test/helpers/world'
import type { Actor, World } from '../../../test/helpers/world'
import { BULK_JOBS } from '../constants'
import { cancelBulkJob } from '../operations/cancelBulkJob'
import { createBulkJob } from '../operations/createBulkJob'
import { dryRunBulkJob } from '../operations/dryRunBulkJob'
import { executeBulkJob } from '../operations/executeBulkJob'
import { getBulkJob } from '../operations/getBulkJob'
import { retryBulkJob } from '../operations/retryBulkJob'
import { buildingOf, reqAs, startBulkQueue } from './bulkTestKit'

/**
 * The boundaries of the bulk operations: another office's jobs do not exist for a caller (404),
 * whatever the operation; another office's buildings cannot be put in a job's scope (400 "not
 * found"); managers act only on their buildings; residents and vendors on nothing (403); bad
 * input is refused whole with field errors, and nothing is written.
 */
let payload: Payload
let world: World
let jobOfB: BulkJob
let jobOfA: BulkJob

const create = async (actor: Actor, input: unknown) =>
  createBulkJob({ input, req: await reqAs(payload, actor) })
const jobCount = async () => (await payload.count({ collection: BULK_JOBS })).totalDocs

const everyOperation = (jobId: number) => ({
  cancel: (actor: Actor) => reqAs(payload, actor).then((req) => cancelBulkJob({ jobId, req })),
  dryRun: (actor: Actor) => reqAs(payload, actor).then((req) => dryRunBulkJob({ jobId, req })),
  execute: (actor: Actor) => reqAs(payload, actor).then((req) => executeBulkJob({ jobId, req })),
  get: (actor: Actor) => reqAs(payload, actor).then((req) => getBulkJob({ jobId, req })),
  retry: (actor: Actor) => reqAs(payload, actor).then((req) => retryBulkJob({ jobId, req })),
})

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  await startBulkQueue(payload, 'pgboss_bulk_tenancy_test')
  jobOfB = await create(world.actors.adminB, {
    action: 'common-expense-issue',
    scope: { buildings: [buildingOf(world.b.apartments[0])], period: '2026-01' },
  })
  jobOfA = await create(world.actors.adminA, {
    action: 'export',
    scope: { buildings: world.a.buildings.map((b) => b.id) },
  })
})

afterAll(async () => {
  await stopQueue()
})

describe('tenant boundary', () => {
  it("should answer not-found for another office's job, whatever the operation and the role", async () => {
    const outcomes: Record<string, string> = {}
    const attempts = [
      ...[world.actors.adminA, world.actors.accountantA, world.actors.managerA].map((actor) => ({
        actor,
        jobId: jobOfB.id,
      })),
      { actor: world.actors.adminB, jobId: jobOfA.id },
    ]
    for (const { actor, jobId } of attempts) {
      for (const [name, operation] of Object.entries(everyOperation(jobId))) {
        outcomes[`${name} as ${actor.user.email}`] = await operation(actor).then(
          () => 'allowed',
          (err: { code?: string }) => err.code ?? 'unexpected error',
        )
      }
    }
    expect(new Set(Object.values(outcomes))).toEqual(new Set(['not-found']))
    expect(Object.keys(outcomes)).toHaveLength(20)
    // Untouched by all of that.
    expect(
      await payload.findByID({ collection: BULK_JOBS, depth: 0, id: jobOfB.id }),
    ).toMatchObject({ planHash: null, status: 'draft' })
  })

  it('should answer not-found for a job id that does not exist or is not an id', async () => {
    for (const jobId of [999_999_999, 0, Number.NaN]) {
      await expect(everyOperation(jobId).get(world.actors.adminA)).rejects.toMatchObject({
        code: 'not-found',
      })
    }
  })

  it("should refuse another office's buildings and apartments in a scope as not found, writing nothing", async () => {
    const before = await jobCount()
    await expect(
      create(world.actors.adminA, {
        action: 'export',
        scope: {
          apartments: [world.a.apartments[0].id, world.b.apartments[0].id],
          buildings: [world.b.buildings[0].id],
        },
      }),
    ).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: [
        { message: 'Building not found', path: 'scope.buildings.0' },
        { message: 'Apartment not found', path: 'scope.apartments.1' },
      ],
      status: 400,
    })
    await expect(
      create(world.actors.adminA, { action: 'reversal', parameters: { job: jobOfB.id } }),
    ).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: [{ message: 'Job not found', path: 'parameters.job' }],
    })
    await expect(
      create(world.actors.platform, {
        action: 'export',
        scope: { buildings: [world.a.buildings[0].id, world.b.buildings[0].id] },
      }),
    ).rejects.toMatchObject({
      fieldErrors: [
        { message: 'All buildings and apartments must belong to one office', path: 'scope' },
      ],
    })
    expect(await jobCount()).toBe(before)
  })

  it('should let a platform admin act in any office', async () => {
    expect((await everyOperation(jobOfB.id).get(world.actors.platform)).job.id).toBe(jobOfB.id)
    expect(
      await create(world.actors.platform, {
        action: 'export',
        scope: { buildings: [world.b.buildings[1].id] },
      }),
    ).toMatchObject({ tenant: world.b.office.id })
  })
})

describe('roles', () => {
  it('should let a manager act on their buildings only', async () => {
    const manager = world.actors.managerA
    const [assigned, other] = world.a.buildings.map((b) => b.id)
    const own = await create(manager, {
      action: 'reminders',
      scope: { apartments: [world.a.apartments[1].id] },
    })
    // The apartment's building is recorded, so the job is visible to that building's managers.
    expect(own).toMatchObject({
      createdBy: manager.user.id,
      scope: { apartments: [world.a.apartments[1].id], buildings: [assigned] },
    })
    await expect(
      create(manager, { action: 'export', scope: { buildings: [other] } }),
    ).rejects.toMatchObject({
      fieldErrors: [{ message: 'Building not found', path: 'scope.buildings.0' }],
    })
    await expect(
      create(manager, { action: 'export', scope: { apartments: [world.a.apartments[2].id] } }),
    ).rejects.toMatchObject({ fieldErrors: [{ path: 'scope.apartments.0' }] })
    // A job over both buildings covers one they do not manage: not theirs to read, nor to run.
    await expect(everyOperation(jobOfA.id).dryRun(manager)).rejects.toMatchObject({
      code: 'not-found',
      status: 404,
    })
    await expect(everyOperation(jobOfA.id).get(manager)).rejects.toMatchObject({
      code: 'not-found',
    })
    const onlyOther = await create(world.actors.adminA, {
      action: 'export',
      scope: { buildings: [other] },
    })
    await expect(everyOperation(onlyOther.id).get(manager)).rejects.toMatchObject({
      code: 'not-found',
    })
  })

  it('should refuse residents and vendors everything', async () => {
    for (const actor of [world.actors.residentA, world.actors.vendorA]) {
      await expect(
        create(actor, { action: 'export', scope: { apartments: [world.a.apartments[0].id] } }),
      ).rejects.toMatchObject({ code: 'forbidden', status: 403 })
      await expect(everyOperation(jobOfA.id).get(actor)).rejects.toMatchObject({
        code: 'forbidden',
      })
    }
  })
})

describe('input and state', () => {
  it('should refuse bad input whole with field errors and write nothing', async () => {
    const before = await jobCount()
    await expect(
      create(world.actors.adminA, {
        action: 'common-expense-issue',
        parameters: { dueDate: '2031-02-31' },
        scope: { buildings: [world.a.buildings[0].id] },
      }),
    ).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: [
        { message: 'Use a real date, YYYY-MM-DD', path: 'parameters.dueDate' },
        { message: 'Required for this action', path: 'scope.period' },
      ],
    })
    await expect(
      retryBulkJob({
        itemIds: [-1],
        jobId: jobOfA.id,
        req: await reqAs(payload, world.actors.adminA),
      }),
    ).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: [{ path: 'itemIds.0' }],
    })
    expect(await jobCount()).toBe(before)
  })

  it('should cancel a job that has not started and refuse to run it afterwards', async () => {
    const job = await create(world.actors.accountantA, {
      action: 'export',
      scope: { buildings: [world.a.buildings[0].id] },
    })
    await everyOperation(job.id).dryRun(world.actors.accountantA)
    await expect(everyOperation(job.id).retry(world.actors.accountantA)).rejects.toMatchObject({
      code: 'invalid-state',
      status: 409,
    })
    expect(await everyOperation(job.id).cancel(world.actors.accountantA)).toMatchObject({
      status: 'cancelled',
    })
    await expect(everyOperation(job.id).execute(world.actors.accountantA)).rejects.toMatchObject({
      code: 'invalid-state',
    })
    await expect(everyOperation(job.id).dryRun(world.actors.accountantA)).rejects.toMatchObject({
      code: 'invalid-state',
    })
    await expect(everyOperation(job.id).cancel(world.actors.accountantA)).rejects.toMatchObject({
      code: 'invalid-state',
    })
  })
})
