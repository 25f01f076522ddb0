import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { poolOf } from '../../../src/lib/db/poolOf'
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from '../../../src/lib/idempotency/constants'
import { DEAD_LETTER_QUEUE } from '../../../src/lib/queue/constants'
import { activeQueueClient, startQueue, stopQueue } from '../../../src/lib/queue/queueSingleton'
import { api, fieldErrorPaths } from '../../../test/helpers/http'
import { openApiConformance } from '../../../test/helpers/openApiConformance'
import { startPayload } from '../../../test/helpers/testPayload'
import { buildWorld } from '../../../test/helpers/world'
import type { Actor, World } from '../../../test/helpers/world'
import { buildCollectionsOpenApi } from '../api/openapi/collectionsOpenApi'
import { DUNNING_EVENTS, DUNNING_POLICIES, DUNNING_RUNS, PROMISES_TO_PAY } from '../constants'
import { DUNNING_RUN_TASK, dunningRunTask } from '../tasks/dunningRunTask'
import { policyStep } from './policyStep'

/**
 * /api/collections/* through the app's real route handlers: CRUD, validation, idempotency, the
 * tenant boundary, roles, the feature flag, triggering and replaying runs. Every answer checked
 * here is also checked against the published OpenAPI document.
 */
const SCHEMA = 'pgboss_collections_api_test'
let payload: Payload
let world: World
/** Office A's own rows, for the boundary tests run by office B's admin. */
let a: { policy: number; promise: number; run: number }

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

const call = (
  method: Method,
  path: string,
  actor: Actor | null,
  { body, key }: { body?: unknown; key?: string } = {},
) =>
  api(method, `collections/${path}`, {
    body,
    headers: key ? { [IDEMPOTENCY_HEADER]: key } : undefined,
    token: actor?.token,
  })

/** A POST as a well-behaved client sends it: with a fresh Idempotency-Key. */
const post = (path: string, actor: Actor | null, body?: unknown) =>
  call('POST', path, actor, { body, key: randomUUID() })

const expectDocumented = openApiConformance(
  buildCollectionsOpenApi(),
  'https://building-office.local/collections.openapi.json',
)

const step = (overrides: Record<string, unknown> = {}) => ({
  channel: 'email',
  template: { el: 'Οφειλή {amount}', en: 'Dear {owner}, you owe {amount}' },
  threshold: { bucket: '0-30', type: 'bucket' },
  ...overrides,
})

const count = async (
  collection: typeof DUNNING_POLICIES | typeof DUNNING_RUNS | typeof PROMISES_TO_PAY,
) => (await payload.count({ collection })).totalDocs

/** Who the audit trail says did `action` to the run. */
const auditActors = async (action: string, runId: number) =>
  (
    await poolOf(payload).query<{ actor_id: null | number; actor_label: string }>(
      `select actor_id, actor_label from audit_events where action = $1 and entity_type = $2 and entity_id = $3 order by sequence`,
      [action, DUNNING_RUNS, String(runId)],
    )
  ).rows

const queuedJobs = async (runId: number) =>
  (
    await poolOf(payload).query<{ id: string }>(
      `select id from ${SCHEMA}.job where name = $1 and (data->'data'->>'runId')::int = $2`,
      [DUNNING_RUN_TASK, runId],
    )
  ).rows

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  await startQueue({
    connection: { maintenanceIntervalSeconds: 1, pollingIntervalSeconds: 0.5, schema: SCHEMA },
    payload,
    tasks: [dunningRunTask],
    workers: false,
  })
  const office = world.a.office.id
  const policy = await payload.create({
    collection: DUNNING_POLICIES,
    data: { minimumBalance: 0, name: 'A default', steps: [policyStep()], tenant: office },
  })
  const run = await payload.create({
    collection: DUNNING_RUNS,
    data: { policy: policy.id, status: 'dead-letter', tenant: office, trigger: 'manual' },
  })
  const promise = await payload.create({
    collection: PROMISES_TO_PAY,
    data: {
      amount: 5_000,
      apartment: world.a.apartments[0].id,
      dueDate: '2026-12-15T12:00:00.000Z',
      status: 'active',
    },
  })
  a = { policy: policy.id, promise: promise.id, run: run.id }
})

afterAll(async () => {
  await stopQueue()
})

describe('policies', () => {
  it('should create, read, list, change and delete an office default', async () => {
    const created = await post('policies', world.actors.accountantA, {
      minimumBalance: 2_000,
      name: 'Gentle',
      schedule: '0 9 * * 1',
      steps: [policyStep()],
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      building: null,
      isActive: true,
      minimumBalance: 2_000,
      tenant: world.a.office.id,
    })
    expect(created.body.steps[0]).toMatchObject({ maxContacts: 1, minDaysBetweenContacts: 14 })
    expectDocumented(created, 'Policy')
    const id = created.body.id

    const read = await call('GET', `policies/${id}`, world.actors.adminA)
    expect(read.status).toBe(200)
    expect(read.body.name).toBe('Gentle')
    const list = await call('GET', 'policies?limit=100', world.actors.adminA)
    expect(list.body.docs.map((doc: { id: number }) => doc.id)).toEqual(
      expect.arrayContaining([id, a.policy]),
    )
    expectDocumented(list, 'PolicyPage')

    const changed = await call('PATCH', `policies/${id}`, world.actors.adminA, {
      body: { isActive: false, name: 'Gentler', schedule: null },
    })
    expect(changed.status).toBe(200)
    expect(changed.body).toMatchObject({
      isActive: false,
      minimumBalance: 2_000,
      name: 'Gentler',
      schedule: null,
    })
    expect(
      (await call('GET', 'policies?isActive=false', world.actors.adminA)).body.docs.map(
        (doc: { id: number }) => doc.id,
      ),
    ).toEqual([id])

    expect((await call('DELETE', `policies/${id}`, world.actors.adminA)).status).toBe(204)
    expect((await call('GET', `policies/${id}`, world.actors.adminA)).status).toBe(404)
  })

  it('should refuse bad input with the path of every bad field and write nothing', async () => {
    const before = await count(DUNNING_POLICIES)
    const refused = await post('policies', world.actors.adminA, {
      minimumBalance: 10.5,
      name: '',
      status: 'active',
      steps: [step({ channel: 'fax', threshold: { bucket: '0-30', type: 'months' } })],
    })
    expect(refused.status).toBe(400)
    expect(fieldErrorPaths(refused.body)).toEqual([
      'minimumBalance',
      'name',
      'status',
      'steps.0.channel',
      'steps.0.threshold.type',
    ])
    expectDocumented(refused, 'ValidationError')
    // Structure is fine, but the engine's rules are not: the collection's check answers the same way.
    const unordered = await post('policies', world.actors.adminA, {
      name: 'Backwards',
      steps: [
        step({ threshold: { bucket: '31-60', type: 'bucket' } }),
        step({ template: { el: 'x' } }),
      ],
    })
    expect(unordered.status).toBe(400)
    expect(fieldErrorPaths(unordered.body)).toEqual(['steps.1.template.en', 'steps.1.threshold'])
    expect(await count(DUNNING_POLICIES)).toBe(before)

    const badQuery = await call('GET', 'runs?status=lost&limit=0&colour=red', world.actors.adminA)
    expect(badQuery.status).toBe(400)
    expect(fieldErrorPaths(badQuery.body)).toEqual(['colour', 'limit', 'status'])
  })

  it("should give a building override its building's office and make a platform admin name the office", async () => {
    const building = world.a.buildings[1].id
    const override = await post('policies', world.actors.adminA, {
      building,
      name: 'A2 only',
      steps: [step()],
    })
    expect(override.status).toBe(201)
    expect(override.body).toMatchObject({ building, tenant: world.a.office.id })
    const before = await count(DUNNING_POLICIES)
    const foreignBuilding = await post('policies', world.actors.adminA, {
      building: world.b.buildings[0].id,
      name: 'No',
      steps: [step()],
    })
    const foreignOffice = await post('policies', world.actors.adminA, {
      name: 'No',
      office: world.b.office.id,
      steps: [step()],
    })
    const unnamed = await post('policies', world.actors.platform, { name: 'No', steps: [step()] })
    expect(
      [foreignBuilding, foreignOffice, unnamed].map((answer) => [
        answer.status,
        fieldErrorPaths(answer.body),
      ]),
    ).toEqual([
      [400, ['building']],
      [400, ['office']],
      [400, ['office']],
    ])
    expect(await count(DUNNING_POLICIES)).toBe(before)
    const named = await post('policies', world.actors.platform, {
      name: 'Platform made',
      office: world.b.office.id,
      steps: [step()],
    })
    expect(named.status).toBe(201)
    expect(named.body.tenant).toBe(world.b.office.id)
  })

  it('should replay a POST sent again with its Idempotency-Key and create the policy once', async () => {
    const before = await count(DUNNING_POLICIES)
    const key = randomUUID()
    const body = { name: 'Once', steps: [step()] }
    const first = await call('POST', 'policies', world.actors.adminA, { body, key })
    const again = await call('POST', 'policies', world.actors.adminA, { body, key })
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.headers.get(REPLAYED_HEADER)).toBe('true')
    expect(again.body).toEqual(first.body)
    expect(await count(DUNNING_POLICIES)).toBe(before + 1)

    expect(
      (
        await call('POST', 'policies', world.actors.adminA, {
          body: { ...body, name: 'Other' },
          key,
        })
      ).status,
    ).toBe(422)
    expect((await call('POST', 'policies', world.actors.adminA, { body })).status).toBe(400)
    expect(await count(DUNNING_POLICIES)).toBe(before + 1)
  })

  it("should show a manager their buildings' overrides and the office default, and let them write none", async () => {
    const [assigned, other] = world.a.buildings
    const mine = await payload.create({
      collection: DUNNING_POLICIES,
      data: {
        building: assigned.id,
        minimumBalance: 0,
        name: 'A1 override',
        steps: [policyStep()],
      },
    })
    const theirs = await payload.create({
      collection: DUNNING_POLICIES,
      data: {
        building: other.id,
        minimumBalance: 0,
        name: 'A2 override',
        steps: [policyStep()],
      },
    })
    const list = await call('GET', 'policies', world.actors.managerA)
    expect(list.status).toBe(200)
    const ids = list.body.docs.map((doc: { id: number }) => doc.id)
    expect(ids).toContain(mine.id)
    expect(ids).not.toContain(theirs.id)
    // The office default governs their buildings too.
    expect(ids).toContain(a.policy)
    expect((await call('GET', `policies/${theirs.id}`, world.actors.managerA)).status).toBe(404)
    expect(
      (
        await post('policies', world.actors.managerA, {
          building: assigned.id,
          name: 'Mine',
          steps: [step()],
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await call('PATCH', `policies/${mine.id}`, world.actors.managerA, {
          body: { name: 'Renamed' },
        })
      ).status,
    ).toBe(403)
    expect((await call('DELETE', `policies/${mine.id}`, world.actors.managerA)).status).toBe(403)
    expect((await payload.findByID({ collection: DUNNING_POLICIES, id: mine.id })).name).toBe(
      'A1 override',
    )
  })

  it('should keep a policy that has runs', async () => {
    const response = await call('DELETE', `policies/${a.policy}`, world.actors.adminA)
    expect(response.status).toBe(409)
    expectDocumented(response, 'Error')
  })
})

describe('runs', () => {
  it('should queue a dry run on trigger and hand it to the queue', async () => {
    const response = await post('runs/trigger', world.actors.accountantA, {
      dryRun: true,
      policy: a.policy,
    })
    expect(response.status).toBe(202)
    expect(response.body).toMatchObject({
      building: null,
      isDryRun: true,
      policy: a.policy,
      requestedBy: world.actors.accountantA.user.id,
      status: 'queued',
      tenant: world.a.office.id,
      trigger: 'manual',
    })
    expectDocumented(response, 'Run')
    expect(await queuedJobs(response.body.id)).toHaveLength(1)
    expect(await auditActors('dunning-run.requested', response.body.id)).toEqual([
      {
        actor_id: world.actors.accountantA.user.id,
        actor_label: world.actors.accountantA.user.email,
      },
    ])
    const list = await call('GET', `runs?policy=${a.policy}&status=queued`, world.actors.adminA)
    expect(list.body.docs.map((run: { id: number }) => run.id)).toEqual([response.body.id])
    expectDocumented(list, 'RunPage')
  })

  it("should confine a run of the office default to a chosen building of the policy's office", async () => {
    const building = world.a.buildings[1].id
    const response = await post('runs/trigger', world.actors.adminA, { building, policy: a.policy })
    expect(response.status).toBe(202)
    expect(response.body).toMatchObject({ building, isDryRun: false })
    const foreign = await post('runs/trigger', world.actors.adminA, {
      building: world.b.buildings[0].id,
      policy: a.policy,
    })
    expect(foreign.status).toBe(400)
    expect(fieldErrorPaths(foreign.body)).toEqual(['building'])
  })

  it("should let a manager run their building's override, and the office default only for their building", async () => {
    const [assigned, other] = world.a.buildings
    const mine = await payload.create({
      collection: DUNNING_POLICIES,
      data: {
        building: assigned.id,
        minimumBalance: 0,
        name: 'Run mine',
        steps: [policyStep()],
      },
    })
    const theirs = await payload.create({
      collection: DUNNING_POLICIES,
      data: { building: other.id, minimumBalance: 0, name: 'Run theirs', steps: [policyStep()] },
    })
    const before = await count(DUNNING_RUNS)
    expect((await post('runs/trigger', world.actors.managerA, { policy: theirs.id })).status).toBe(
      404,
    )
    expect((await post('runs/trigger', world.actors.managerA, { policy: a.policy })).status).toBe(
      403,
    )
    // A building they cannot see is not found (400 on the field), whoever's it is.
    expect(
      (await post('runs/trigger', world.actors.managerA, { building: other.id, policy: a.policy }))
        .status,
    ).toBe(400)
    expect(await count(DUNNING_RUNS)).toBe(before)
    const response = await post('runs/trigger', world.actors.managerA, {
      dryRun: true,
      policy: mine.id,
    })
    expect(response.status).toBe(202)
    expect(response.body.building).toBe(assigned.id)
    const scoped = await post('runs/trigger', world.actors.managerA, {
      building: assigned.id,
      dryRun: true,
      policy: a.policy,
    })
    expect(scoped.status).toBe(202)
    expect(scoped.body).toMatchObject({ building: assigned.id, policy: a.policy })
  })

  it('should show a run with a page of its events', async () => {
    const run = await payload.create({
      collection: DUNNING_RUNS,
      data: { policy: a.policy, status: 'completed', tenant: world.a.office.id, trigger: 'manual' },
    })
    for (const apartment of world.a.apartments.slice(0, 3)) {
      await payload.create({
        collection: DUNNING_EVENTS,
        data: {
          apartment: apartment.id,
          idempotencyKey: `api-test-${run.id}-${apartment.id}`,
          outcome: 'skipped',
          run: run.id,
          skipReason: 'not-overdue',
          tenant: world.a.office.id,
        },
      })
    }
    const response = await call('GET', `runs/${run.id}?eventsLimit=2`, world.actors.accountantA)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      events: { hasNextPage: true, limit: 2, page: 1, totalDocs: 3 },
      id: run.id,
      status: 'completed',
    })
    expect(response.body.events.docs).toHaveLength(2)
    expectDocumented(response, 'RunWithEvents')
    const second = await call(
      'GET',
      `runs/${run.id}?eventsLimit=2&eventsPage=2`,
      world.actors.accountantA,
    )
    expect(second.body.events.docs).toHaveLength(1)
  })

  it('should replay a dead-letter run: its dead letter goes back on the queue, and only once', async () => {
    const client = await activeQueueClient()
    const letter = await client.boss.send(DEAD_LETTER_QUEUE, {
      data: { runId: a.run },
      task: DUNNING_RUN_TASK,
      traceId: '0af7651916cd43dd8448eb211c80319c',
    })
    const response = await post(`runs/${a.run}/replay`, world.actors.adminA)
    expect(response.status).toBe(202)
    expect(response.body).toMatchObject({ error: null, id: a.run, status: 'queued' })
    expectDocumented(response, 'Run')
    const { rows } = await poolOf(payload).query<{ output: { replayedAs: string }; state: string }>(
      `select state, output from ${SCHEMA}.job where id = $1`,
      [letter],
    )
    expect(rows[0].state).toBe('completed')
    expect((await queuedJobs(a.run)).map((job) => job.id)).toEqual([rows[0].output.replayedAs])
    expect(await auditActors('dunning-run.replayed', a.run)).toEqual([
      { actor_id: world.actors.adminA.user.id, actor_label: world.actors.adminA.user.email },
    ])

    expect((await post(`runs/${a.run}/replay`, world.actors.adminA)).status).toBe(409)
    expect(await queuedJobs(a.run)).toHaveLength(1)
    expect(await auditActors('dunning-run.replayed', a.run)).toHaveLength(1)
  })

  it('should replay a failed run without a dead letter by queueing it afresh, and refuse a completed one', async () => {
    const failed = await payload.create({
      collection: DUNNING_RUNS,
      data: {
        error: 'SMTP down',
        policy: a.policy,
        status: 'failed',
        tenant: world.a.office.id,
        trigger: 'manual',
      },
    })
    expect((await post(`runs/${failed.id}/replay`, world.actors.accountantA)).status).toBe(202)
    expect(await queuedJobs(failed.id)).toHaveLength(1)
    expect(
      (await post(`runs/${world.b.ledger.dunning.run.id}/replay`, world.actors.adminB)).status,
    ).toBe(409)
  })
})

describe('promises to pay', () => {
  it('should record a promise, change its terms, cancel it once and then delete it', async () => {
    const apartment = world.a.apartments[0].id
    const created = await post('promises', world.actors.managerA, {
      amount: 12_000,
      apartment,
      dueDate: '2026-12-20',
      installments: [
        { amount: 6_000, dueDate: '2026-12-10' },
        { amount: 6_000, dueDate: '2026-12-20' },
      ],
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      building: world.a.buildings[0].id,
      dueDate: '2026-12-20T12:00:00.000Z',
      status: 'active',
      tenant: world.a.office.id,
    })
    expectDocumented(created, 'Promise')
    const id = created.body.id

    const changed = await call('PATCH', `promises/${id}`, world.actors.managerA, {
      body: { amount: 10_000, graceDays: 5 },
    })
    expect(changed.status).toBe(200)
    expect(changed.body).toMatchObject({
      amount: 10_000,
      dueDate: '2026-12-20T12:00:00.000Z',
      graceDays: 5,
    })
    expect(changed.body.installments).toHaveLength(2)

    const statusEdit = await call('PATCH', `promises/${id}`, world.actors.managerA, {
      body: { status: 'kept' },
    })
    expect(statusEdit.status).toBe(400)
    expect(fieldErrorPaths(statusEdit.body)).toEqual(['status'])

    const cancelled = await post(`promises/${id}/cancel`, world.actors.managerA)
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toMatchObject({ resolvedOn: expect.any(String), status: 'cancelled' })
    expect((await post(`promises/${id}/cancel`, world.actors.managerA)).status).toBe(409)
    expect(
      (await call('PATCH', `promises/${id}`, world.actors.managerA, { body: { amount: 1 } }))
        .status,
    ).toBe(409)

    const list = await call('GET', 'promises?status=cancelled', world.actors.accountantA)
    expect(list.body.docs.map((doc: { id: number }) => doc.id)).toContain(id)
    expectDocumented(list, 'PromisePage')
    expect((await call('DELETE', `promises/${id}`, world.actors.managerA)).status).toBe(204)
  })

  it('should keep kept and broken promises, which the engine reads', async () => {
    const kept = await payload.create({
      collection: PROMISES_TO_PAY,
      data: {
        amount: 1_000,
        apartment: world.a.apartments[1].id,
        dueDate: '2026-10-01T12:00:00.000Z',
        status: 'kept',
      },
    })
    expect((await call('DELETE', `promises/${kept.id}`, world.actors.adminA)).status).toBe(409)
    expect((await post(`promises/${kept.id}/cancel`, world.actors.adminA)).status).toBe(409)
  })

  it("should refuse a manager's promise for an unassigned building and bad terms, writing nothing", async () => {
    const before = await count(PROMISES_TO_PAY)
    const unassigned = world.a.apartments[2].id // in the second building
    const refused = await post('promises', world.actors.managerA, {
      amount: 5_000,
      apartment: unassigned,
      dueDate: '2026-12-15',
    })
    expect(refused.status).toBe(400)
    expect(fieldErrorPaths(refused.body)).toEqual(['apartment'])
    const bad = await post('promises', world.actors.adminA, {
      amount: 49.99,
      apartment: world.a.apartments[0].id,
      dueDate: '2026-02-30',
      status: 'kept',
    })
    expect(bad.status).toBe(400)
    expect(fieldErrorPaths(bad.body)).toEqual(['amount', 'dueDate', 'status'])
    expect(await count(PROMISES_TO_PAY)).toBe(before)
  })
})

describe('the tenant boundary and roles', () => {
  it("should answer 404 to office B's admin for every id of office A, and change nothing", async () => {
    const adminB = world.actors.adminB
    const answers = [
      await call('GET', `policies/${a.policy}`, adminB),
      await call('PATCH', `policies/${a.policy}`, adminB, { body: { name: 'Taken' } }),
      await call('DELETE', `policies/${a.policy}`, adminB),
      await post('runs/trigger', adminB, { policy: a.policy }),
      await call('GET', `runs/${a.run}`, adminB),
      await post(`runs/${a.run}/replay`, adminB),
      await call('GET', `promises/${a.promise}`, adminB),
      await call('PATCH', `promises/${a.promise}`, adminB, { body: { amount: 1 } }),
      await post(`promises/${a.promise}/cancel`, adminB),
      await call('DELETE', `promises/${a.promise}`, adminB),
    ]
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 404))
    for (const list of ['policies', 'runs', 'promises']) {
      const page = await call('GET', `${list}?limit=100`, adminB)
      expect(page.status).toBe(200)
      expect(page.body.docs.length).toBeGreaterThan(0) // office B's own rows: the filter is not simply empty
      expect(
        page.body.docs.every((doc: { tenant: number }) => doc.tenant === world.b.office.id),
      ).toBe(true)
    }
    expect((await payload.findByID({ collection: DUNNING_POLICIES, id: a.policy })).name).toBe(
      'A default',
    )
    expect((await payload.findByID({ collection: PROMISES_TO_PAY, id: a.promise })).status).toBe(
      'active',
    )
    const created = await post('promises', adminB, {
      amount: 1_000,
      apartment: world.a.apartments[0].id,
      dueDate: '2026-12-15',
    })
    expect(fieldErrorPaths(created.body)).toEqual(['apartment'])
  })

  it('should refuse residents and vendors (403) and anonymous callers (401)', async () => {
    for (const actor of [world.actors.residentA, world.actors.vendorA]) {
      expect((await call('GET', 'promises', actor)).status).toBe(403)
      expect((await call('GET', `policies/${a.policy}`, actor)).status).toBe(403)
      expect(
        (
          await post('promises', actor, {
            amount: 1_000,
            apartment: world.a.apartments[0].id,
            dueDate: '2026-12-15',
          })
        ).status,
      ).toBe(403)
    }
    const anonymous = await call('GET', 'runs', null)
    expect(anonymous.status).toBe(401)
    expectDocumented(anonymous, 'Error')
  })
})

describe('the feature flag', () => {
  it('should answer 404 on every route for an office that turned Collections OS off', async () => {
    const adminB = world.actors.adminB
    const policy = world.b.ledger.dunning.policy.id
    expect((await call('GET', `policies/${policy}`, adminB)).status).toBe(200)
    await payload.update({
      collection: 'offices',
      data: { featureFlags: { collectionsOs: 'off' } },
      id: world.b.office.id,
    })
    try {
      const answers = [
        await call('GET', 'policies', adminB),
        await call('GET', `policies/${policy}`, adminB),
        await call('POST', 'runs/trigger', adminB, { body: { policy } }),
        await post(`promises/${world.b.ledger.dunning.promise.id}/cancel`, adminB),
      ]
      expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404])
      expectDocumented(answers[0], 'RouteNotFound')
      // Office A keeps it.
      expect((await call('GET', `policies/${a.policy}`, world.actors.adminA)).status).toBe(200)
    } finally {
      await payload.update({
        collection: 'offices',
        data: { featureFlags: { collectionsOs: 'inherit' } },
        id: world.b.office.id,
      })
    }
  })
})
