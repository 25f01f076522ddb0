import { createLocalReq } from 'payload'
import type { Payload } from 'payload'

import { idOf } from '../../src/access/scopeOf'
import { issueCharges, issueCreditNotes } from '../../src/ledger/operations/issueCharges'
import { recordPayment } from '../../src/ledger/operations/recordPayment'
import { inTransaction } from '../../src/lib/db/inTransaction'
import { poolOf } from '../../src/lib/db/poolOf'
import { dbFor, sql } from '../../src/lib/db/transaction'
import { defineListener } from '../../src/lib/events/defineListener'
import type { ListenerDefinition } from '../../src/lib/events/defineListener'
import { deliverToListener } from '../../src/lib/events/deliverToListener'
import { dispatchDomainEvents } from '../../src/lib/events/dispatchDomainEvents'
import { emitDomainEvents } from '../../src/lib/events/emitDomainEvents'
import { listenerTask, listenerTaskName } from '../../src/lib/events/listenerTask'
import { listDeadLetters } from '../../src/lib/queue/listDeadLetters'
import type { QueueClient } from '../../src/lib/queue/queueClient'
import { startQueue, stopQueue } from '../../src/lib/queue/queueSingleton'
import { waitFor } from '../fixtures/waitFor'
import { startIsolatedPayload } from '../helpers/isolatedPayload'
import type { IsolatedPayload } from '../helpers/isolatedPayload'
import { charge, pay } from '../helpers/ledger'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'

/**
 * The outbox on a real database and a real queue (a database of its own: a dispatcher hands every
 * undispatched event to its listeners, whichever suite recorded it): an event exists exactly when
 * its change commits; the dispatcher queues one job per (event, listener of its type), once; a
 * listener's effect happens once however often it is delivered; a failing listener is rolled back,
 * retried and dead-lettered; a flag keeps a listener out of offices where it is off; and the ledger
 * emits the same event shapes from the Local API path and the system path.
 */
let isolated: IsolatedPayload
let payload: Payload
let world: World
let client: QueueClient

const SCHEMA = 'pgboss_domain_events_test'
let failures = 0

/** Writes one row per delivery it handles, in the delivery's transaction. */
const counter = defineListener({
  name: 'test.counter',
  on: ['payment.recorded', 'charge.issued'],
  handler: async ({ event, req }) => {
    const db = await dbFor(req)
    await db.execute(
      sql`insert into test_listener_effects (event_id, listener) values (${event.id}, 'counter')`,
    )
  },
})

/** Writes its effect, then fails: neither the effect nor the receipt may stay. */
const failing = defineListener({
  name: 'test.failing',
  on: ['credit-note.issued'],
  handler: async ({ event, req }) => {
    const db = await dbFor(req)
    await db.execute(
      sql`insert into test_listener_effects (event_id, listener) values (${event.id}, 'failing')`,
    )
    failures += 1
    throw new Error('the listener broke')
  },
  retryDelaySeconds: 1,
  retryLimit: 1,
})

/** Only for offices where Bulk Ops is on. */
const flagged: ListenerDefinition = { ...counter, flag: 'ENABLE_BULK_OPS', name: 'test.flagged' }

const listeners = [counter, failing, flagged]

const effectsOf = async (eventId: number, listener: string) =>
  (
    await poolOf(payload).query<{ n: number }>(
      `select count(*)::int as n from test_listener_effects where event_id = $1 and listener = $2`,
      [eventId, listener],
    )
  ).rows[0].n

const eventsOf = async (type: string, where = 'true') =>
  (
    await poolOf(payload).query<{ data: Record<string, unknown>; dispatched: boolean; id: string }>(
      `select id, data, dispatched_at is not null as dispatched from domain_events
        where type = $1 and ${where} order by id`,
      [type],
    )
  ).rows

beforeAll(async () => {
  isolated = await startIsolatedPayload('domain_events', { listeners })
  payload = isolated.payload
  world = await buildWorld(payload)
  await poolOf(payload).query(
    'create table test_listener_effects (event_id bigint not null, listener text not null)',
  )
  client = await startQueue({
    connection: {
      connectionString: isolated.url,
      maintenanceIntervalSeconds: 1,
      pollingIntervalSeconds: 0.5,
      schema: SCHEMA,
    },
    payload,
    tasks: listeners.map(listenerTask),
    workers: false,
  })
})

afterAll(async () => {
  await stopQueue()
  await isolated.stop()
})

describe('the outbox', () => {
  it('should hold an event only when the change that emitted it commits', async () => {
    const tenant = world.a.office.id
    const data = {
      amount: 1,
      apartmentId: 0,
      buildingId: 0,
      externalReference: 'rolled-back',
      method: 'cash',
      paymentId: -1,
      receivedAt: new Date().toISOString(),
      source: 'manual',
    }
    const req = await createLocalReq({}, payload)
    await expect(
      inTransaction(req, async () => {
        await emitDomainEvents({ events: [{ data, tenant, type: 'payment.recorded' }], req })
        throw new Error('the change failed')
      }),
    ).rejects.toThrow('the change failed')
    expect(await eventsOf('payment.recorded', `data->>'paymentId' = '-1'`)).toEqual([])

    await emitDomainEvents({
      events: [{ data: { ...data, paymentId: -2 }, tenant, type: 'payment.recorded' }],
      req: await createLocalReq({}, payload),
    })
    expect(await eventsOf('payment.recorded', `data->>'paymentId' = '-2'`)).toHaveLength(1)
  })

  it("should queue one job per listener of an event's type, once however often it dispatches", async () => {
    await pay(payload, {
      amount: 500,
      apartment: world.a.apartments[0].id,
      receivedAt: '2031-01-05',
    })
    const [event] = (await eventsOf('payment.recorded')).slice(-1)
    while ((await dispatchDomainEvents({ client, listeners })) > 0);
    expect((await eventsOf('payment.recorded', `id = ${event.id}`))[0].dispatched).toBe(true)

    const jobsOf = async () =>
      (
        await client.pool.query<{ name: string }>(
          `select name from ${SCHEMA}.job where data->'data'->>'eventId' = $1 order by name`,
          [event.id],
        )
      ).rows.map((row) => row.name)
    // The counter and the flagged copy listen to payments; the failing one does not.
    expect(await jobsOf()).toEqual([listenerTaskName(counter), listenerTaskName(flagged)])

    // A dispatch after a lost commit acknowledgement: the same job ids, nothing new.
    await poolOf(payload).query(`update domain_events set dispatched_at = null where id = $1`, [
      event.id,
    ])
    await dispatchDomainEvents({ client, listeners })
    expect(await jobsOf()).toEqual([listenerTaskName(counter), listenerTaskName(flagged)])
  })

  it("should do a listener's effect once when the event is delivered twice", async () => {
    const [event] = (await eventsOf('payment.recorded')).slice(-1)
    const eventId = Number(event.id)
    expect(await deliverToListener({ eventId, listener: counter, payload })).toBe('handled')
    expect(await deliverToListener({ eventId, listener: counter, payload })).toBe('duplicate')
    expect(await effectsOf(eventId, 'counter')).toBe(1)
    // Two deliveries at the same moment: the receipt's key lets one through.
    const both = await Promise.all([
      deliverToListener({ eventId, listener: flagged, payload }),
      deliverToListener({ eventId, listener: flagged, payload }),
    ])
    expect(both.sort()).toEqual(['duplicate', 'handled'])
  })

  it('should skip a listener in an office where its flag is off', async () => {
    await payload.update({
      collection: 'offices',
      data: { featureFlags: { bulkOps: 'off' } },
      id: world.b.office.id,
    })
    await pay(payload, {
      amount: 700,
      apartment: world.b.apartments[0].id,
      receivedAt: '2031-01-06',
    })
    const [event] = (await eventsOf('payment.recorded')).slice(-1)
    const eventId = Number(event.id)
    expect(await deliverToListener({ eventId, listener: flagged, payload })).toBe('skipped')
    expect(await deliverToListener({ eventId, listener: flagged, payload })).toBe('duplicate')
    expect(await effectsOf(eventId, 'counter')).toBe(0)
  })

  it('should roll a failing listener back, retry it with backoff, then keep it as a dead letter', async () => {
    const [apartment] = world.a.apartments
    const req = await createLocalReq({}, payload)
    const [note] = await issueCreditNotes({
      creditNotes: [
        {
          amount: 100,
          apartment: apartment.id,
          description: 'A credit note the listener chokes on',
          dueDate: '2031-01-07',
          origin: { id: 1, type: 'test' },
          period: '2031-01',
          reference: `test-credit:${Date.now()}`,
          source: 'common-expense',
        },
      ],
      office: world.a.office.id,
      req,
    })
    const [event] = await eventsOf('credit-note.issued', `(data->>'chargeId')::int = ${note.id}`)
    await stopQueue()
    client = await startQueue({
      connection: {
        connectionString: isolated.url,
        maintenanceIntervalSeconds: 1,
        pollingIntervalSeconds: 0.5,
        schema: SCHEMA,
      },
      payload,
      tasks: listeners.map(listenerTask),
      workers: true,
    })
    while ((await dispatchDomainEvents({ client, listeners })) > 0);
    const letter = await waitFor({
      check: async () =>
        (await listDeadLetters({ client, task: listenerTaskName(failing) })).find(
          (candidate) => (candidate.data as { eventId: number }).eventId === Number(event.id),
        ),
      description: 'the failing delivery in the dead-letter queue',
      timeoutMs: 20_000,
    })
    expect(letter).toMatchObject({ task: listenerTaskName(failing) })
    // The first attempt and its one retry ran; each rolled back its effect and its receipt.
    expect(failures).toBe(2)
    expect(await effectsOf(Number(event.id), 'failing')).toBe(0)
    const receipts = await poolOf(payload).query(
      `select 1 from domain_event_receipts where event_id = $1 and listener = $2`,
      [event.id, failing.name],
    )
    expect(receipts.rows).toHaveLength(0)
  })
})

describe('the ledger emits', () => {
  it('should emit payment.recorded alike from a staff entry and from the system path', async () => {
    const apartment = world.a.apartments[1]
    const staff = await pay(payload, {
      amount: 1_234,
      apartment: apartment.id,
      receivedAt: '2031-02-01',
    })
    const system = await recordPayment({
      payment: {
        amount: 4_321,
        apartment: apartment.id,
        externalReference: `sys-${Date.now()}`,
        method: 'bank-transfer',
        office: world.a.office.id,
        receivedAt: '2031-02-02T09:00:00.000Z',
        source: 'import',
      },
      req: await createLocalReq({}, payload),
    })
    const [fromStaff] = await eventsOf(
      'payment.recorded',
      `(data->>'paymentId')::int = ${staff.id}`,
    )
    const [fromSystem] = await eventsOf(
      'payment.recorded',
      `(data->>'paymentId')::int = ${system?.id}`,
    )
    expect(Object.keys(fromStaff.data).sort()).toEqual(Object.keys(fromSystem.data).sort())
    expect(fromStaff.data).toMatchObject({
      amount: 1_234,
      apartmentId: apartment.id,
      buildingId: idOf(apartment.building),
      method: 'bank-transfer',
      receivedAt: '2031-02-01T09:00:00.000Z',
      source: 'manual',
    })
    expect(fromSystem.data).toMatchObject({
      amount: 4_321,
      receivedAt: '2031-02-02T09:00:00.000Z',
      source: 'import',
    })
  })

  it('should emit charge.issued alike from a staff entry and from issueCharges', async () => {
    const apartment = world.a.apartments[2]
    const staff = await charge(payload, {
      amount: 2_000,
      apartment: apartment.id,
      dueDate: '2031-03-10',
    })
    const [issued] = await issueCharges({
      actor: 'system:test',
      charges: [
        {
          amount: 3_000,
          apartment: apartment.id,
          description: 'Issued by the system',
          dueDate: '2031-03-10',
          origin: { id: 42, type: 'test-items' },
          period: '2031-03',
          reference: `test-issue:${Date.now()}`,
          source: 'common-expense',
        },
      ],
      office: world.a.office.id,
      req: await createLocalReq({}, payload),
    })
    const [fromStaff] = await eventsOf('charge.issued', `(data->>'chargeId')::int = ${staff.id}`)
    const [fromSystem] = await eventsOf('charge.issued', `(data->>'chargeId')::int = ${issued.id}`)
    expect(Object.keys(fromStaff.data).sort()).toEqual(Object.keys(fromSystem.data).sort())
    expect(fromSystem.data).toMatchObject({
      amount: 3_000,
      // 12:00 office time (Athens, UTC+2 in March) on the due day.
      dueDate: '2031-03-10T10:00:00.000Z',
      origin: { id: 42, type: 'test-items' },
      source: 'common-expense',
    })
    expect(fromStaff.data).toMatchObject({
      amount: 2_000,
      origin: null,
      reference: null,
      source: 'manual',
    })
    // The system charge is audited in the shape the Local API path writes, naming its origin.
    const audit = await payload.find({
      collection: 'audit-events',
      depth: 0,
      where: {
        and: [{ entityType: { equals: 'charges' } }, { entityId: { equals: String(issued.id) } }],
      },
    })
    expect(audit.docs).toEqual([
      expect.objectContaining({
        action: 'charge.created',
        actorLabel: 'system:test',
        after: expect.objectContaining({
          origin: { id: 42, type: 'test-items' },
          source: 'common-expense',
        }),
      }),
    ])
  })
})
