import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import type { ExpenseCategory } from '../../../payload-types'
import { poolOf } from '../../../src/lib/db/poolOf'
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from '../../../src/lib/idempotency/constants'
import { stopQueue } from '../../../src/lib/queue/queueSingleton'
import { api, fieldErrorPaths, graphql } from '../../../test/helpers/http'
import { openApiConformance } from '../../../test/helpers/openApiConformance'
import { startPayload } from '../../../test/helpers/testPayload'
import { buildWorld } from '../../../test/helpers/world'
import type { Actor, World } from '../../../test/helpers/world'
import { buildBulkOpenApi } from '../api/openapi/bulkOpenApi'
import { BULK_JOBS, BULK_TEMPLATES } from '../constants'
import { processBulkJob } from '../operations/processBulkJob'
import { BULK_EXECUTE_TASK } from '../tasks/taskNames'
import { itemsOf, startBulkQueue } from './bulkTestKit'

/**
 * /api/office-ops/bulk/* through the app's real route handlers: a job created, dry-run and executed
 * over HTTP (the test plays the worker), the 409s of execute, Idempotency-Key replays, validation,
 * templates, the tenant boundary, roles and the feature flag. Every answer checked here is also
 * checked against the published OpenAPI document.
 */
const SCHEMA = 'pgboss_bulk_api_test'
let payload: Payload
let world: World
let category: ExpenseCategory

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

const call = (
  method: Method,
  path: string,
  actor: Actor | null,
  { body, key }: { body?: unknown; key?: string } = {},
) =>
  api(method, `office-ops/bulk/${path}`, {
    body,
    headers: key ? { [IDEMPOTENCY_HEADER]: key } : undefined,
    token: actor?.token,
  })

/** A POST as a well-behaved client sends it: with a fresh Idempotency-Key. */
const post = (path: string, actor: Actor | null, body?: unknown) =>
  call('POST', path, actor, { body, key: randomUUID() })

const expectDocumented = openApiConformance(
  buildBulkOpenApi(),
  'https://building-office.local/bulk-ops.openapi.json',
)

const ids = (page: { docs: { id: number }[] }) => page.docs.map((doc) => doc.id)

const buildingA1 = () => world.a.buildings[0].id
const buildingA2 = () => world.a.buildings[1].id

const expense = (period: string, amount: number, building = buildingA1()) =>
  payload.create({
    collection: 'expenses',
    data: { amount, building, category: category.id, description: `Cleaning ${period}`, period },
    depth: 0,
  })

const chargesOf = async (reference: string) =>
  (
    await poolOf(payload).query<{ amount: string; apartment_id: number }>(
      'select apartment_id, amount from charges where source_reference = $1 order by apartment_id',
      [reference],
    )
  ).rows.map((row) => [row.apartment_id, Number(row.amount)])

const queuedExecutions = async (jobId: number) =>
  (
    await poolOf(payload).query(
      `select id from ${SCHEMA}.job where name = $1 and (data->'data'->>'jobId')::int = $2`,
      [BULK_EXECUTE_TASK, jobId],
    )
  ).rows

const count = async (collection: typeof BULK_JOBS | typeof BULK_TEMPLATES) =>
  (await payload.count({ collection })).totalDocs

/** A draft common-expense issue of `period` over office A's first building, made through the API. */
const draftIssue = async (
  period: string,
  actor = world.actors.adminA,
  buildings = [buildingA1()],
) => {
  const response = await post('jobs', actor, {
    action: 'common-expense-issue',
    scope: { buildings, period },
  })
  expect(response.status).toBe(201)
  return response.body.id as number
}

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  await startBulkQueue(payload, SCHEMA)
  category = await payload.create({
    collection: 'expense-categories',
    data: {
      code: `general-${randomUUID().slice(0, 8)}`,
      name: 'General',
      shareColumn: 'general',
      tenant: world.a.office.id,
    },
    depth: 0,
  })
})

afterAll(async () => {
  await stopQueue()
})

describe('a job over the API', () => {
  it('should create, dry-run and execute a common-expense issue, and show the charges it made', async () => {
    const period = '2032-01'
    const cleaning = await expense(period, 10_001)
    const created = await post('jobs', world.actors.accountantA, {
      action: 'common-expense-issue',
      scope: { buildings: [buildingA1()], period },
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      action: 'common-expense-issue',
      parameters: { dueDate: '2032-02-10' },
      status: 'draft',
      tenant: world.a.office.id,
    })
    expectDocumented(created, 'Job')
    const id = created.body.id

    const dryRun = await post(`jobs/${id}/dry-run`, world.actors.accountantA)
    expect(dryRun.status).toBe(200)
    expect(dryRun.body).toMatchObject({
      estimatedImpact: { planned: 2, totalCents: 10_001 },
      itemsTotal: 2,
      planHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      status: 'dry-run-ready',
    })
    expect(
      dryRun.body.items.docs.map(
        (item: { preview: { after: number; before: number } }) =>
          item.preview.after - item.preview.before,
      ),
    ).toEqual([5_001, 5_000])
    expectDocumented(dryRun, 'JobWithItems')
    expect(await chargesOf(`expense:${cleaning.id}`)).toEqual([])

    const key = randomUUID()
    const executed = await call('POST', `jobs/${id}/execute`, world.actors.accountantA, { key })
    expect(executed.status).toBe(202)
    expect(executed.body).toMatchObject({
      id,
      status: 'executing',
      traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
    })
    expectDocumented(executed, 'Job')
    expect(await queuedExecutions(id)).toHaveLength(1)
    await processBulkJob({ jobId: id, payload })

    const [first, second] = world.a.apartments
    expect(await chargesOf(`expense:${cleaning.id}`)).toEqual([
      [first.id, 5_001],
      [second.id, 5_000],
    ])
    const read = await call(
      'GET',
      `jobs/${id}?itemStatus=succeeded&itemsLimit=1`,
      world.actors.adminA,
    )
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({
      itemErrors: { docs: [], totalDocs: 0 },
      items: { hasNextPage: true, limit: 1, totalDocs: 2 },
      itemsSucceeded: 2,
      status: 'completed',
      traceId: executed.body.traceId,
    })
    expect(read.body.items.docs[0]).toMatchObject({ effectType: 'charges', status: 'succeeded' })
    expectDocumented(read, 'JobDetail')

    // The same Idempotency-Key again: the stored 202, nothing queued or charged twice.
    const replayed = await call('POST', `jobs/${id}/execute`, world.actors.accountantA, { key })
    expect(replayed.status).toBe(202)
    expect(replayed.headers.get(REPLAYED_HEADER)).toBe('true')
    expect(replayed.body).toEqual(executed.body)
    expect(await queuedExecutions(id)).toHaveLength(1)
    expect(await chargesOf(`expense:${cleaning.id}`)).toHaveLength(2)
    // A new key is a new request: the job was executed already.
    const again = await post(`jobs/${id}/execute`, world.actors.accountantA)
    expect(again.status).toBe(409)
    expectDocumented(again, 'Error')

    const list = await call(
      'GET',
      'jobs?status=completed&action=common-expense-issue&limit=100',
      world.actors.adminA,
    )
    expect(list.status).toBe(200)
    expect(ids(list.body)).toContain(id)
    expect(list.body.docs.every((job: { status: string }) => job.status === 'completed')).toBe(true)
    expectDocumented(list, 'JobPage')
  })

  it('should refuse to execute a job that was not dry-run (409) and leave it a draft', async () => {
    const id = await draftIssue('2032-02')
    const response = await post(`jobs/${id}/execute`, world.actors.adminA)
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toMatch(/dry-run/i)
    expect((await payload.findByID({ collection: BULK_JOBS, id })).status).toBe('draft')
    expect(await queuedExecutions(id)).toHaveLength(0)
  })

  it('should refuse to execute when the data changed since the dry-run (409) and run once dry-run again', async () => {
    const period = '2032-03'
    const changed = await expense(period, 6_000)
    const id = await draftIssue(period)
    expect((await post(`jobs/${id}/dry-run`, world.actors.adminA)).status).toBe(200)
    await payload.update({ collection: 'expenses', data: { amount: 6_002 }, id: changed.id })

    const drifted = await post(`jobs/${id}/execute`, world.actors.adminA)
    expect(drifted.status).toBe(409)
    expect(drifted.body.errors[0].message).toBe('The data changed since the dry-run; dry-run again')
    expect(await queuedExecutions(id)).toHaveLength(0)
    expect(await chargesOf(`expense:${changed.id}`)).toEqual([])

    expect((await post(`jobs/${id}/dry-run`, world.actors.adminA)).status).toBe(200)
    expect((await post(`jobs/${id}/execute`, world.actors.adminA)).status).toBe(202)
    await processBulkJob({ jobId: id, payload })
    expect((await chargesOf(`expense:${changed.id}`)).map(([, amount]) => amount)).toEqual([
      3_001, 3_001,
    ])
  })

  it('should cancel a draft once', async () => {
    const id = await draftIssue('2032-04')
    const cancelled = await post(`jobs/${id}/cancel`, world.actors.adminA)
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toMatchObject({ id, status: 'cancelled' })
    expect((await post(`jobs/${id}/cancel`, world.actors.adminA)).status).toBe(409)
    expect((await post(`jobs/${id}/dry-run`, world.actors.adminA)).status).toBe(409)
  })
})

describe('retry', () => {
  const period = '2032-05'
  const trigger = `bulk_api_test_refuse_${process.pid}`

  afterAll(async () => {
    await poolOf(payload).query(
      `drop trigger if exists ${trigger} on charges; drop function if exists ${trigger}()`,
    )
  })

  it('should check the body, then retry only the failed item', async () => {
    const [, bad] = world.a.apartments
    await expense(period, 4_000)
    await poolOf(payload).query(`
      create function ${trigger}() returns trigger language plpgsql as $$
      begin
        if new.apartment_id = ${bad.id} then raise exception 'refused for apartment %', new.apartment_id; end if;
        return new;
      end $$;
      create trigger ${trigger} before insert on charges for each row execute function ${trigger}()`)
    const id = await draftIssue(period)
    await post(`jobs/${id}/dry-run`, world.actors.adminA)
    await post(`jobs/${id}/execute`, world.actors.adminA)
    await processBulkJob({ jobId: id, payload })
    const first = await itemsOf(payload, id)
    const succeeded = first.find((item) => item.status === 'succeeded')!
    expect(first.map((item) => item.status).sort()).toEqual(['failed', 'succeeded'])

    const malformed = await post(`jobs/${id}/retry`, world.actors.adminA, {
      colour: 'red',
      itemIds: ['x', 0],
    })
    expect(malformed.status).toBe(400)
    expect(fieldErrorPaths(malformed.body)).toEqual(['colour', 'itemIds.0', 'itemIds.1'])
    expectDocumented(malformed, 'ValidationError')
    expect(
      fieldErrorPaths((await post(`jobs/${id}/retry`, world.actors.adminA, { itemIds: [] })).body),
    ).toEqual(['itemIds'])
    const notFailed = await post(`jobs/${id}/retry`, world.actors.adminA, {
      itemIds: [succeeded.id],
    })
    expect(notFailed.status).toBe(400)
    expect(notFailed.body.errors[0].data.errors).toEqual([
      { message: 'Not a failed item of this job', path: 'itemIds.0' },
    ])
    expect(await itemsOf(payload, id)).toEqual(first)

    await poolOf(payload).query(`drop trigger ${trigger} on charges`)
    const retried = await post(`jobs/${id}/retry`, world.actors.adminA)
    expect(retried.status).toBe(202)
    expect(retried.body).toMatchObject({ itemsFailed: 0, status: 'executing' })
    expectDocumented(retried, 'Job')
    await processBulkJob({ jobId: id, payload })
    const second = await itemsOf(payload, id)
    expect(second.find((item) => item.id === succeeded.id)).toEqual(succeeded)
    expect(second.find((item) => item.apartment_id === bad.id)).toMatchObject({
      attempts: '2',
      status: 'succeeded',
    })
    expect((await post(`jobs/${id}/retry`, world.actors.adminA)).status).toBe(409)
  })
})

describe('bad input', () => {
  it('should answer 400 with the path of every bad field and write nothing', async () => {
    const before = await count(BULK_JOBS)
    const malformed = await post('jobs', world.actors.adminA, {
      action: 'common-expense-issue',
      colour: 'red',
      scope: { buildings: [1.5], period: '2032-13' },
    })
    expect(malformed.status).toBe(400)
    expect(fieldErrorPaths(malformed.body)).toEqual(['colour', 'scope.buildings.0', 'scope.period'])
    expectDocumented(malformed, 'ValidationError')
    // Well formed, but not what the action needs: the operation's checks answer the same way.
    const noPeriod = await post('jobs', world.actors.adminA, {
      action: 'common-expense-issue',
      scope: { buildings: [buildingA1()] },
    })
    expect([noPeriod.status, fieldErrorPaths(noPeriod.body)]).toEqual([400, ['scope.period']])
    const badParameter = await post('jobs', world.actors.adminA, {
      action: 'reminders',
      parameters: { channel: 'fax' },
      scope: { buildings: [buildingA1()] },
    })
    expect([badParameter.status, fieldErrorPaths(badParameter.body)]).toEqual([
      400,
      ['parameters.channel'],
    ])
    const neither = await post('jobs', world.actors.adminA, {
      scope: { buildings: [buildingA1()] },
    })
    expect([neither.status, fieldErrorPaths(neither.body)]).toEqual([400, ['action']])
    const notJson = await api('POST', 'office-ops/bulk/jobs', {
      headers: { [IDEMPOTENCY_HEADER]: randomUUID() },
      rawBody: '{nope',
      token: world.actors.adminA.token,
    })
    expect([notJson.status, fieldErrorPaths(notJson.body)]).toEqual([400, ['(body)']])
    const withoutKey = await call('POST', 'jobs', world.actors.adminA, {
      body: { action: 'export', scope: { buildings: [buildingA1()] } },
    })
    expect(withoutKey.status).toBe(400)
    expect(await count(BULK_JOBS)).toBe(before)

    const badQuery = await call('GET', 'jobs?status=lost&limit=0&colour=red', world.actors.adminA)
    expect([badQuery.status, fieldErrorPaths(badQuery.body)]).toEqual([
      400,
      ['colour', 'limit', 'status'],
    ])
    expect((await call('GET', 'jobs/abc', world.actors.adminA)).status).toBe(404)
  })
})

describe('templates', () => {
  it('should create, list, change and delete a template, and make a job from it', async () => {
    const created = await post('templates', world.actors.accountantA, {
      action: 'common-expense-issue',
      name: 'Monthly issue A1',
      parameters: { dueDate: '2032-07-15' },
      scope: { buildings: [buildingA1()] },
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      createdBy: world.actors.accountantA.user.id,
      scope: { buildings: [buildingA1()], period: null },
      tenant: world.a.office.id,
    })
    expectDocumented(created, 'Template')
    const id = created.body.id

    const list = await call('GET', 'templates?action=common-expense-issue', world.actors.managerA)
    expect(list.status).toBe(200)
    expect(ids(list.body)).toContain(id)
    expectDocumented(list, 'TemplatePage')
    const changed = await call('PATCH', `templates/${id}`, world.actors.adminA, {
      body: { name: 'Monthly issue' },
    })
    expect(changed.status).toBe(200)
    expect(changed.body).toMatchObject({
      name: 'Monthly issue',
      parameters: { dueDate: '2032-07-15' },
    })

    const job = await post('jobs', world.actors.adminA, {
      scope: { period: '2032-06' },
      template: id,
    })
    expect(job.status).toBe(201)
    expect(job.body).toMatchObject({
      action: 'common-expense-issue',
      parameters: { dueDate: '2032-07-15' },
      scope: { buildings: [buildingA1()], period: '2032-06' },
      status: 'draft',
    })
    const both = await post('jobs', world.actors.adminA, { action: 'export', template: id })
    expect([both.status, fieldErrorPaths(both.body)]).toEqual([400, ['template']])

    expect((await call('DELETE', `templates/${id}`, world.actors.adminA)).status).toBe(204)
    expect((await call('GET', `templates/${id}`, world.actors.adminA)).status).toBe(404)
    expect((await payload.findByID({ collection: BULK_JOBS, id: job.body.id })).status).toBe(
      'draft',
    )
  })

  it('should refuse bad parameters and ids outside the office, writing nothing, and let managers only read', async () => {
    const before = await count(BULK_TEMPLATES)
    const bad = await post('templates', world.actors.adminA, {
      action: 'common-expense-issue',
      name: '',
      parameters: { dueDate: '2032-02-30' },
      scope: {
        apartments: [world.b.apartments[0].id],
        buildings: [buildingA1(), world.b.buildings[0].id],
      },
    })
    expect(bad.status).toBe(400)
    expect(fieldErrorPaths(bad.body)).toEqual(['name'])
    const foreign = await post('templates', world.actors.adminA, {
      action: 'common-expense-issue',
      name: 'Foreign',
      parameters: { dueDate: '2032-02-30' },
      scope: {
        apartments: [world.b.apartments[0].id],
        buildings: [buildingA1(), world.b.buildings[0].id],
      },
    })
    expect([foreign.status, fieldErrorPaths(foreign.body)]).toEqual([
      400,
      ['parameters.dueDate', 'scope.apartments.0', 'scope.buildings.1'],
    ])
    const manager = await post('templates', world.actors.managerA, {
      action: 'export',
      name: 'Mine',
      scope: { buildings: [buildingA1()] },
    })
    expect(manager.status).toBe(403)
    expect(await count(BULK_TEMPLATES)).toBe(before)
  })
})

describe('the tenant boundary and roles', () => {
  it("should answer 404 to office B's admin for every id of office A, list only B's rows, and change nothing", async () => {
    const adminB = world.actors.adminB
    const job = await draftIssue('2032-08')
    const template = (
      await post('templates', world.actors.adminA, {
        action: 'export',
        name: 'A export',
        scope: { buildings: [buildingA1()] },
      })
    ).body.id
    // Office B's own rows, so its lists are not simply empty.
    await post('jobs', adminB, {
      action: 'export',
      scope: { buildings: [world.b.buildings[0].id] },
    })
    await post('templates', adminB, { action: 'export', name: 'B export' })

    const answers = [
      await call('GET', `jobs/${job}`, adminB),
      await post(`jobs/${job}/dry-run`, adminB),
      await post(`jobs/${job}/execute`, adminB),
      await post(`jobs/${job}/retry`, adminB),
      await post(`jobs/${job}/cancel`, adminB),
      await call('GET', `templates/${template}`, adminB),
      await call('PATCH', `templates/${template}`, adminB, { body: { name: 'Taken' } }),
      await call('DELETE', `templates/${template}`, adminB),
    ]
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 404))
    expectDocumented(answers[0], 'Error')
    for (const list of ['jobs', 'templates']) {
      const page = await call('GET', `${list}?limit=100`, adminB)
      expect(page.status).toBe(200)
      expect(page.body.docs.length).toBeGreaterThan(0)
      expect(
        page.body.docs.every((doc: { tenant: number }) => doc.tenant === world.b.office.id),
      ).toBe(true)
    }
    expect((await payload.findByID({ collection: BULK_JOBS, id: job })).status).toBe('draft')
    expect((await payload.findByID({ collection: BULK_TEMPLATES, id: template })).name).toBe(
      'A export',
    )

    const before = await count(BULK_JOBS)
    const fromForeignTemplate = await post('jobs', adminB, { template })
    const onForeignBuilding = await post('jobs', adminB, {
      action: 'export',
      scope: { buildings: [buildingA1()] },
    })
    expect(
      [fromForeignTemplate, onForeignBuilding].map((answer) => [
        answer.status,
        fieldErrorPaths(answer.body),
      ]),
    ).toEqual([
      [400, ['template']],
      [400, ['scope.buildings.0']],
    ])
    expect(await count(BULK_JOBS)).toBe(before)
  })

  it('should keep a manager inside their buildings: 403 for a scope beyond them, 404 for such a job', async () => {
    const manager = world.actors.managerA
    const before = await count(BULK_JOBS)
    const unassignedBuilding = await post('jobs', manager, {
      action: 'export',
      scope: { buildings: [buildingA1(), buildingA2()] },
    })
    const unassignedApartment = await post('jobs', manager, {
      action: 'export',
      scope: { apartments: [world.a.apartments[2].id] },
    })
    expect([unassignedBuilding.status, unassignedApartment.status]).toEqual([403, 403])
    expect(await count(BULK_JOBS)).toBe(before)

    const mine = await post('jobs', manager, {
      action: 'export',
      scope: { apartments: [world.a.apartments[0].id] },
    })
    expect(mine.status).toBe(201)
    expect(mine.body.scope.buildings).toEqual([buildingA1()])
    // A job that also covers a building they do not manage is not theirs to read, on any channel.
    const spanning = await draftIssue('2032-09', world.actors.adminA, [buildingA1(), buildingA2()])
    expect((await post(`jobs/${spanning}/dry-run`, manager)).status).toBe(404)
    expect((await call('GET', `jobs/${spanning}`, manager)).status).toBe(404)
    expect((await api('GET', `bulk-jobs/${spanning}`, { token: manager.token })).status).toBe(404)
    const listed = await api('GET', 'bulk-jobs?limit=100&depth=0', { token: manager.token })
    expect(ids(listed.body)).toContain(mine.body.id)
    expect(ids(listed.body)).not.toContain(spanning)
    expect(ids((await call('GET', 'jobs?limit=100', manager)).body)).not.toContain(spanning)
    const gql = await graphql(`{ BulkJob(id: ${spanning}) { id itemsTotal } }`, {
      token: manager.token,
    })
    expect(gql.body.data?.BulkJob ?? null).toBeNull()
    const elsewhere = await draftIssue('2032-09', world.actors.adminA, [buildingA2()])
    expect((await call('GET', `jobs/${elsewhere}`, manager)).status).toBe(404)
    expect(ids((await call('GET', 'jobs?limit=100', manager)).body)).not.toContain(elsewhere)
  })

  it('should refuse residents and vendors (403) and anonymous callers (401)', async () => {
    const job = await draftIssue('2032-10')
    for (const actor of [world.actors.residentA, world.actors.vendorA]) {
      const answers = [
        await call('GET', 'jobs', actor),
        await call('GET', `jobs/${job}`, actor),
        await post('jobs', actor, { action: 'export', scope: { buildings: [buildingA1()] } }),
        await post(`jobs/${job}/dry-run`, actor),
        await call('GET', 'templates', actor),
      ]
      expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403, 403, 403])
    }
    const anonymous = await call('GET', 'jobs', null)
    expect(anonymous.status).toBe(401)
    expectDocumented(anonymous, 'Error')
  })
})

describe('the feature flag', () => {
  it('should answer 404 on every route for an office that turned Bulk Ops off', async () => {
    const adminB = world.actors.adminB
    const job = (
      await post('jobs', adminB, {
        action: 'export',
        scope: { buildings: [world.b.buildings[0].id] },
      })
    ).body.id
    expect((await call('GET', `jobs/${job}`, adminB)).status).toBe(200)
    await payload.update({
      collection: 'offices',
      data: { featureFlags: { bulkOps: 'off' } },
      id: world.b.office.id,
    })
    try {
      const before = await count(BULK_JOBS)
      const answers = [
        await call('GET', 'jobs', adminB),
        await call('GET', `jobs/${job}`, adminB),
        await post('jobs', adminB, {
          action: 'export',
          scope: { buildings: [world.b.buildings[0].id] },
        }),
        await post(`jobs/${job}/dry-run`, adminB),
        await call('GET', 'templates', adminB),
      ]
      expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404])
      expectDocumented(answers[0], 'RouteNotFound')
      // A platform admin still has the API (office A has it), but not office B's jobs or buildings.
      const platform = world.actors.platform
      expect((await call('GET', `jobs/${job}`, platform)).status).toBe(404)
      expect((await post(`jobs/${job}/dry-run`, platform)).status).toBe(404)
      expect(ids((await call('GET', 'jobs?limit=100', platform)).body)).not.toContain(job)
      const inOfficeB = await post('jobs', platform, {
        action: 'export',
        scope: { buildings: [world.b.buildings[0].id] },
      })
      expect([inOfficeB.status, fieldErrorPaths(inOfficeB.body)]).toEqual([400, ['scope']])
      expect(await count(BULK_JOBS)).toBe(before)
      // Office A keeps it.
      expect((await call('GET', 'jobs', world.actors.adminA)).status).toBe(200)
      expect(
        (await post('jobs', platform, { action: 'export', scope: { buildings: [buildingA1()] } }))
          .status,
      ).toBe(201)
    } finally {
      await payload.update({
        collection: 'offices',
        data: { featureFlags: { bulkOps: 'inherit' } },
        id: world.b.office.id,
      })
    }
  })
})
