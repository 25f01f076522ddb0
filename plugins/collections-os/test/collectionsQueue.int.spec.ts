import { createLocalReq } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import { officeToday, shiftDate } from '../../../src/ledger/engine/officeCalendar'
import { isScopeFailure, resolveViewScope } from '../../../src/ledger/admin/resolveViewScope'
import type { FinancialScope } from '../../../src/ledger/operations/financialScope'
import { charge } from '../../../test/helpers/ledger'
import { startPayload } from '../../../test/helpers/testPayload'
import { buildWorld } from '../../../test/helpers/world'
import type { Actor, World } from '../../../test/helpers/world'
import { collectionsQueue } from '../admin/collectionsQueue'
import { recentRuns } from '../admin/recentRuns'
import { runTimeline } from '../admin/runTimeline'
import { DUNNING_POLICIES, DUNNING_RUNS, PROMISES_TO_PAY } from '../constants'
import { executeDunningRun } from '../operations/executeDunningRun'

/**
 * The Collections view's reads on a real database, through each role's scope: the queue (bucket,
 * balance, last contact, the engine's next step, the promise), its filters and pages, the runs
 * and a run's timeline. Office A: 1A owes 123.45 for 20 days, 1B 90.00 for 45 days with a promise,
 * building 2's 1A 500.00 for 100 days, building 2's 1B nothing; one run has contacted the two
 * without a promise.
 */
let payload: Payload
let world: World
let runId: number
const today = officeToday('Europe/Athens')

const requestOf = (actor: Actor): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...actor.user, collection: 'users' } }, payload)

const scopeFor = async (
  actor: Actor,
  office?: number,
): Promise<{ req: PayloadRequest; scope: FinancialScope }> => {
  const req = await requestOf(actor)
  const scope = await resolveViewScope({ office, req })
  if (isScopeFailure(scope)) throw new Error(`no scope: ${scope.status} ${scope.message}`)
  return { req, scope }
}

const queueOf = async (
  actor: Actor,
  options: Omit<Parameters<typeof collectionsQueue>[0], 'req' | 'scope'> = { filters: {} },
) => collectionsQueue({ ...options, ...(await scopeFor(actor)) })

const apartments = () => {
  const [b1a, b1b, b2a, b2b] = world.a.apartments
  return { b1a, b1b, b2a, b2b }
}

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  const { b1a, b1b, b2a } = apartments()
  await charge(payload, { amount: 12_345, apartment: b1a.id, dueDate: shiftDate(today, -20) })
  await charge(payload, { amount: 9_000, apartment: b1b.id, dueDate: shiftDate(today, -45) })
  await charge(payload, { amount: 50_000, apartment: b2a.id, dueDate: shiftDate(today, -100) })
  await payload.create({
    collection: PROMISES_TO_PAY,
    data: {
      amount: 9_000,
      apartment: b1b.id,
      dueDate: `${shiftDate(today, 10)}T12:00:00.000Z`,
      graceDays: 2,
      note: 'Salary on the 10th',
      status: 'active',
    },
  })
  const policy = await payload.create({
    collection: DUNNING_POLICIES,
    data: {
      minimumBalance: 1_000,
      name: 'Office default',
      steps: [
        {
          channel: 'email',
          maxContacts: 1,
          minDaysBetweenContacts: 14,
          template: { el: 'Οφειλή {amount}', en: 'Dear {owner}, you owe {amount}.' },
          threshold: { bucket: '0-30', type: 'bucket' },
        },
      ],
      tenant: world.a.office.id,
    },
  })
  const run = await payload.create({
    collection: DUNNING_RUNS,
    data: { policy: policy.id, status: 'queued', tenant: world.a.office.id, trigger: 'manual' },
  })
  runId = run.id
  await executeDunningRun({ payload, runId })
})

describe('the collections queue', () => {
  it("should list the office's apartments in arrears, longest overdue first, with what the engine would do next", async () => {
    const { b1a, b1b, b2a, b2b } = apartments()
    const queue = await queueOf(world.actors.accountantA)
    expect(queue).toMatchObject({ asOf: today, page: 1, totalDocs: 3, totalPages: 1 })
    expect(queue.rows.map((row) => row.apartmentId)).toEqual([b2a.id, b1b.id, b1a.id])
    expect(queue.rows.map((row) => row.apartmentId)).not.toContain(b2b.id)

    const [oldest, promised, recent] = queue.rows
    expect(oldest).toMatchObject({
      apartmentLabel: '1A',
      balance: 50_000,
      bucket: '90+',
      buildingName: world.a.buildings[1].name,
      daysOverdue: 100,
      lastContact: { channel: 'email', sentOn: today, stepIndex: 0 },
      next: { kind: 'skip', reason: 'max-contacts', stepIndex: 0 },
      ownerName: b2a.owner?.name,
      promise: null,
      status: 'max-contacts',
    })
    expect(promised).toMatchObject({
      balance: 9_000,
      bucket: '31-60',
      lastContact: null,
      next: { kind: 'skip', reason: 'promise-active' },
      promise: {
        amount: 9_000,
        dueDate: shiftDate(today, 10),
        graceDays: 2,
        note: 'Salary on the 10th',
        resolvedOn: null,
        status: 'active',
      },
      status: 'promise-active',
    })
    expect(recent).toMatchObject({
      balance: 12_345,
      bucket: '0-30',
      daysOverdue: 20,
      lastContact: { sentOn: today },
    })
  })

  it('should filter by bucket, status and building', async () => {
    const { b1a, b1b, b2a } = apartments()
    const ids = async (filters: Parameters<typeof collectionsQueue>[0]['filters']) =>
      (await queueOf(world.actors.accountantA, { filters })).rows.map((row) => row.apartmentId)
    expect(await ids({ bucket: '31-60' })).toEqual([b1b.id])
    expect(await ids({ status: 'promise-active' })).toEqual([b1b.id])
    expect(await ids({ status: 'contacted' })).toEqual([b2a.id, b1a.id])
    expect(await ids({ buildingId: world.a.buildings[1].id })).toEqual([b2a.id])
    expect(await ids({ bucket: '61-90' })).toEqual([])
  })

  it('should page the queue and keep a page past the end on the last one', async () => {
    const { b1a, b1b, b2a } = apartments()
    const first = await queueOf(world.actors.accountantA, { filters: {}, limit: 2, page: 1 })
    expect(first).toMatchObject({ page: 1, totalDocs: 3, totalPages: 2 })
    expect(first.rows.map((row) => row.apartmentId)).toEqual([b2a.id, b1b.id])
    const beyond = await queueOf(world.actors.accountantA, { filters: {}, limit: 2, page: 9 })
    expect(beyond.page).toBe(2)
    expect(beyond.rows.map((row) => row.apartmentId)).toEqual([b1a.id])
  })

  it('should show a manager only the apartments of their assigned buildings', async () => {
    const { b1a, b1b } = apartments()
    const queue = await queueOf(world.actors.managerA)
    expect(queue.rows.map((row) => row.apartmentId)).toEqual([b1b.id, b1a.id])
    // Naming a building they are not assigned to shows nothing, not that building's apartments.
    const other = await queueOf(world.actors.managerA, {
      filters: { buildingId: world.a.buildings[1].id },
    })
    expect(other.rows).toEqual([])
  })

  it("should keep another office's staff out: its office is not found and its apartments never show", async () => {
    const req = await requestOf(world.actors.adminB)
    const foreign = await resolveViewScope({ office: world.a.office.id, req })
    expect(foreign).toMatchObject({ status: 404 })
    // The office selector's cookie naming a foreign office is ignored: B's own office is shown.
    const selected = await resolveViewScope({ req, selectedOffice: String(world.a.office.id) })
    expect(selected).toMatchObject({ officeId: world.b.office.id })

    const queue = await queueOf(world.actors.adminB)
    const ids = queue.rows.map((row) => row.apartmentId)
    expect(ids).toContain(world.b.apartments[0].id)
    for (const apartment of world.a.apartments) expect(ids).not.toContain(apartment.id)
  })

  it('should refuse the view to a resident', async () => {
    const scope = await resolveViewScope({ req: await requestOf(world.actors.residentA) })
    expect(scope).toMatchObject({ status: 403 })
  })
})

describe('runs and their timeline', () => {
  it("should list the office's runs with their counters", async () => {
    const { req, scope } = await scopeFor(world.actors.accountantA)
    const { runs } = await recentRuns({ req, scope })
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({
      attempts: 1,
      contacted: 2,
      evaluated: 3,
      id: runId,
      isDryRun: false,
      status: 'completed',
      trigger: 'manual',
    })
    expect(runs[0].finishedAt).toEqual(expect.any(String))
  })

  it("should give the run's events: whom it contacted (with the delivery status) and why it skipped the rest", async () => {
    const { b1a, b1b, b2a } = apartments()
    const timeline = await runTimeline({ ...(await scopeFor(world.actors.accountantA)), runId })
    expect(timeline?.run).toMatchObject({ contacted: 2, id: runId })
    const byApartment = new Map(timeline?.events.map((event) => [event.apartmentId, event]))
    expect(byApartment.get(b1a.id)).toMatchObject({
      amountOverdue: 12_345,
      channel: 'email',
      deliveryStatus: 'sent',
      outcome: 'sent',
      stepIndex: 0,
    })
    expect(byApartment.get(b2a.id)).toMatchObject({ deliveryStatus: 'sent', outcome: 'sent' })
    expect(byApartment.get(b1b.id)).toMatchObject({
      deliveryStatus: null,
      outcome: 'skipped',
      skipReason: 'promise-active',
    })
  })

  it("should show a manager only their buildings' events of a run", async () => {
    const { b1a, b1b } = apartments()
    // The office default's runs carry no building, so the manager's read access does not reach them.
    expect(await runTimeline({ ...(await scopeFor(world.actors.managerA)), runId })).toBeNull()
    const { req, scope } = await scopeFor(world.actors.accountantA)
    const managerScope = { ...scope, buildingIds: [world.a.buildings[0].id] }
    const timeline = await runTimeline({ req, runId, scope: managerScope })
    expect(timeline?.events.map((event) => event.apartmentId).sort()).toEqual(
      [b1a.id, b1b.id].sort(),
    )
  })

  it("should not find another office's run", async () => {
    expect(await runTimeline({ ...(await scopeFor(world.actors.adminB)), runId })).toBeNull()
    const { runs } = await recentRuns(await scopeFor(world.actors.adminB))
    expect(runs.map((run) => run.id)).not.toContain(runId)
  })
})
