import { handleEndpoints } from 'payload'
import type { Payload } from 'payload'

import { officeToday, shiftDate } from '../../../src/ledger/engine/officeCalendar'
import { poolOf } from '../../../src/lib/db/poolOf'
import { deliverToListener } from '../../../src/lib/events/deliverToListener'
import { listenerTaskName } from '../../../src/lib/events/listenerTask'
import { configuredListeners } from '../../../src/lib/events/registerListeners'
import {
  startEventDispatcher,
  stopEventDispatcher,
} from '../../../src/lib/events/startEventDispatcher'
import type { QueueClient } from '../../../src/lib/queue/queueClient'
import { startQueue, stopQueue } from '../../../src/lib/queue/queueSingleton'
import { configuredTasks } from '../../../src/lib/queue/registerTasks'
import { signWebhook } from '../../../src/lib/webhooks/webhookSignature'
import { waitFor } from '../../../test/fixtures/waitFor'
import { startIsolatedPayload } from '../../../test/helpers/isolatedPayload'
import type { IsolatedPayload } from '../../../test/helpers/isolatedPayload'
import { charge } from '../../../test/helpers/ledger'
import { buildWorld } from '../../../test/helpers/world'
import type { World } from '../../../test/helpers/world'
import { PROMISES_TO_PAY } from '../constants'

/**
 * A payment settles promises when it arrives (NC-205), not at the next sweep: the webhook records
 * the payment, the ledger emits `payment.recorded` into the outbox, the dispatcher hands it to the
 * Collections OS listener through the queue, and the listener marks the covered promise kept, in
 * the app's real processes (queue workers and dispatcher running, on a database of the suite's
 * own, since the dispatcher serves every event it finds). Delivered twice, it is kept once. The
 * sweep is never called.
 */
const KEY = 'promise_on_payment'

let isolated: IsolatedPayload
let payload: Payload
let world: World
let client: QueueClient
let serial = 0

const today = officeToday('Europe/Athens')

const listener = () => {
  const found = configuredListeners(payload.config).find(
    (candidate) => candidate.name === 'collections-os.settle-promises',
  )
  if (!found) throw new Error('the Collections OS payment listener is not registered')
  return found
}

/** The signed webhook of the office, through the app's REST routing, for this suite's Payload. */
const webhook = async (office: World['a']['office'], body: Record<string, unknown>) => {
  const secret = (await payload.findByID({ collection: 'offices', id: office.id }))
    .paymentWebhookSecret as string
  const text = JSON.stringify(body)
  const signature = signWebhook({ body: text, secret, timestamp: Math.floor(Date.now() / 1000) })
  const request = new Request('http://localhost/api/payments/webhook', {
    body: text,
    headers: {
      'content-type': 'application/json',
      'x-office': office.slug,
      'x-signature': signature,
    },
    method: 'POST',
  })
  return handleEndpoints({
    config: payload.config,
    path: '/api/payments/webhook',
    payloadInstanceCacheKey: KEY,
    request,
  })
}

const paymentEvent = (apartment: number, amount: number) => ({
  amount,
  apartmentReference: String(apartment),
  currency: 'EUR',
  eventId: `evt_promise_${Date.now()}_${(serial += 1)}`,
  receivedAt: new Date().toISOString(),
  reference: `bank-promise-${Date.now()}-${serial}`,
  type: 'payment.received',
})

const promiseFor = (apartment: number, amount: number) =>
  payload.create({
    collection: PROMISES_TO_PAY,
    data: {
      amount,
      apartment,
      dueDate: `${shiftDate(today, 10)}T12:00:00.000Z`,
      status: 'active',
    },
  })

const auditOf = async (promiseId: number) =>
  (
    await payload.find({
      collection: 'audit-events',
      depth: 0,
      where: {
        and: [
          { entityType: { equals: PROMISES_TO_PAY } },
          { entityId: { equals: String(promiseId) } },
        ],
      },
    })
  ).docs.map((event) => event.action)

beforeAll(async () => {
  isolated = await startIsolatedPayload(KEY)
  payload = isolated.payload
  world = await buildWorld(payload)
  client = await startQueue({
    connection: {
      connectionString: isolated.url,
      maintenanceIntervalSeconds: 1,
      pollingIntervalSeconds: 0.5,
      schema: 'pgboss_promise_on_payment_test',
    },
    payload,
    tasks: configuredTasks(payload.config),
    workers: true,
  })
  startEventDispatcher({
    client,
    intervalSeconds: 0.2,
    listeners: configuredListeners(payload.config),
    payload,
  })
})

afterAll(async () => {
  await stopEventDispatcher()
  await stopQueue()
  await isolated.stop()
})

describe('a payment and the promises it covers', () => {
  it('should mark a covered promise kept within seconds of the webhook, once however often the event is delivered', async () => {
    const apartment = world.a.apartments[0].id
    await charge(payload, { amount: 30_000, apartment, dueDate: shiftDate(today, -40) })
    const promise = await promiseFor(apartment, 30_000)

    const response = await webhook(world.a.office, paymentEvent(apartment, 30_000))
    expect(response.status).toBe(201)
    const { paymentId } = (await response.json()) as { paymentId: number }

    const kept = await waitFor({
      check: async () => {
        const stored = await payload.findByID({ collection: PROMISES_TO_PAY, id: promise.id })
        return stored.status === 'kept' && stored
      },
      description: 'the promise marked kept by the payment listener',
      timeoutMs: 15_000,
    })
    expect(kept).toMatchObject({ paid: 30_000, status: 'kept' })
    expect(await auditOf(promise.id)).toEqual(['promise-to-pay.kept'])

    // The same event delivered again (a worker that died after the commit, a replayed job):
    // directly, and as a second job on the listener's queue.
    const { rows } = await poolOf(payload).query<{ id: string }>(
      `select id from domain_events where type = 'payment.recorded' and (data->>'paymentId')::int = $1`,
      [paymentId],
    )
    const eventId = Number(rows[0].id)
    expect(await deliverToListener({ eventId, listener: listener(), payload })).toBe('duplicate')
    const task = listenerTaskName(listener())
    const again = await client.boss.send(task, { data: { eventId }, task, traceId: 'a'.repeat(32) })
    await waitFor({
      check: async () =>
        (
          await client.pool.query<{ state: string }>(
            `select state from pgboss_promise_on_payment_test.job where id = $1`,
            [again],
          )
        ).rows[0]?.state === 'completed',
      description: 'the second delivery finished',
    })
    expect(await auditOf(promise.id)).toEqual(['promise-to-pay.kept'])
    const receipts = await poolOf(payload).query(
      `select outcome from domain_event_receipts where event_id = $1`,
      [eventId],
    )
    expect(receipts.rows).toEqual([{ outcome: 'handled' }])
  })

  it('should leave the promises of an office without Collections OS to its own bookkeeping', async () => {
    await payload.update({
      collection: 'offices',
      data: { featureFlags: { collectionsOs: 'off' } },
      id: world.b.office.id,
    })
    const apartment = world.b.apartments[0].id
    await charge(payload, { amount: 10_000, apartment, dueDate: shiftDate(today, -40) })
    const promise = await promiseFor(apartment, 10_000)
    const response = await webhook(world.b.office, paymentEvent(apartment, 10_000))
    expect(response.status).toBe(201)
    const { paymentId } = (await response.json()) as { paymentId: number }

    const outcome = await waitFor({
      check: async () =>
        (
          await poolOf(payload).query<{ outcome: string }>(
            `select r.outcome from domain_event_receipts r join domain_events e on e.id = r.event_id
              where e.type = 'payment.recorded' and (e.data->>'paymentId')::int = $1`,
            [paymentId],
          )
        ).rows[0]?.outcome,
      description: 'the listener receipting the payment',
    })
    expect(outcome).toBe('skipped')
    expect(await payload.findByID({ collection: PROMISES_TO_PAY, id: promise.id })).toMatchObject({
      status: 'active',
    })
  })
})
