import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import {
  DUNNING_EVENTS,
  DUNNING_POLICIES,
  DUNNING_RUNS,
} from '../../plugins/collections-os/constants'
import { poolOf } from '../../src/lib/db/poolOf'
import { metrics } from '../../src/lib/metrics/registry'
import type { DeliveryStatus } from '../../src/lib/notifications/constants'
import { DELIVERY_STATUS_ACTOR } from '../../src/lib/notifications/applyDeliveryStatusEvents'
import { createDeliveryStatusEndpoint } from '../../src/lib/notifications/deliveryStatusEndpoint'
import {
  changeOf,
  nextDeliveryState,
  PROVIDER_EVENT_STATUSES,
} from '../../src/lib/notifications/deliveryStatusTransition'
import type { ProviderEvent } from '../../src/lib/notifications/deliveryStatusTransition'
import { sendNotification } from '../../src/lib/notifications/sendNotification'
import { sendNotifications } from '../../src/lib/notifications/sendNotifications'
import type { DeliveryRecord, NotificationMessage } from '../../src/lib/notifications/types'
import { signWebhook } from '../../src/lib/webhooks/webhookSignature'
import { api } from '../helpers/http'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'

/**
 * The provider's signed delivery status callback through the app's real route handler, against
 * e-mails really sent to the run's SMTP sink (their provider ids are the SMTP Message-IDs): the
 * signature guard, field errors, the status rules applied by one SQL statement, idempotency,
 * order independence, the audit trail, metrics, and what a dunning event's delivery shows.
 */
let payload: Payload
let world: World

const PATH = 'notifications/delivery-status'
const secret = () => process.env.NOTIFICATIONS_WEBHOOK_SECRET as string
const now = () => Math.floor(Date.now() / 1000)
const unique = () => randomUUID().slice(0, 12)

const message = (overrides: Partial<NotificationMessage> = {}): NotificationMessage => ({
  apartment: world.a.apartments[0].id,
  body: `Your balance is 120.00 EUR. ${unique()}`,
  channel: 'email',
  idempotencyKey: `status-test:${unique()}`,
  subject: `Reminder ${unique()}`,
  tenant: world.a.office.id,
  to: `status-${unique()}@sink.test`,
  ...overrides,
})

const sendEmail = async (overrides: Partial<NotificationMessage> = {}): Promise<DeliveryRecord> => {
  const { delivery } = await sendNotification({ message: message(overrides), payload })
  expect(delivery).toMatchObject({ providerId: expect.stringMatching(/^<.+@.+>$/), status: 'sent' })
  return delivery
}

const post = (
  body: unknown,
  {
    raw,
    signingSecret = secret(),
    timestamp = now(),
    path = PATH,
  }: { path?: string; raw?: string; signingSecret?: string; timestamp?: number } = {},
) => {
  const text = raw ?? JSON.stringify(body)
  return api('POST', path, {
    headers: { 'x-signature': signWebhook({ body: text, secret: signingSecret, timestamp }) },
    rawBody: text,
  })
}

const report = (
  delivery: DeliveryRecord,
  status: ProviderEvent['status'],
  at: string,
  reason?: string,
) => ({
  at,
  providerId: delivery.providerId as string,
  reason,
  status,
})

const stored = async (id: number) =>
  (
    await poolOf(payload).query<{
      delivered_at: Date | null
      error: null | string
      status: DeliveryStatus
      updated_at: Date
    }>(
      'select status::text as status, delivered_at, error, updated_at from deliveries where id = $1',
      [id],
    )
  ).rows[0]

const auditOf = async (tenant: number, deliveryId: number) =>
  (
    await payload.find({
      collection: 'audit-events',
      depth: 0,
      sort: 'sequence',
      where: {
        and: [
          { tenant: { equals: tenant } },
          { entityType: { equals: 'deliveries' } },
          { entityId: { equals: String(deliveryId) } },
        ],
      },
    })
  ).docs

const counted = async (event: string, result: string) =>
  (await metrics.deliveryStatusEvents.get()).values.find(
    (v) => v.labels.event === event && v.labels.result === result,
  )?.value ?? 0

const callbacks = async (outcome: string) =>
  (await metrics.deliveryStatusCallbacks.get()).values.find((v) => v.labels.outcome === outcome)
    ?.value ?? 0

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

describe('the signature guard', () => {
  it('should answer 401 to a wrong secret or no signature and change nothing', async () => {
    const delivery = await sendEmail()
    const before = await stored(delivery.id)
    const body = { events: [report(delivery, 'delivered', '2026-03-01T10:00:00Z')] }
    const rejectedBefore = await callbacks('rejected')

    const wrong = await post(body, { signingSecret: 'another-secret-0123456789' })
    const unsigned = await api('POST', PATH, { rawBody: JSON.stringify(body) })

    expect(wrong.status).toBe(401)
    expect(wrong.body).toEqual({ errors: [{ message: 'Invalid webhook signature' }] })
    expect(unsigned.status).toBe(401)
    expect(await stored(delivery.id)).toEqual(before)
    expect(await auditOf(world.a.office.id, delivery.id)).toHaveLength(0)
    expect(await callbacks('rejected')).toBe(rejectedBefore + 2)
  })

  it('should answer 401 to a signature older than five minutes, even with the right secret', async () => {
    const delivery = await sendEmail()
    const before = await stored(delivery.id)
    const response = await post(
      { events: [report(delivery, 'delivered', '2026-03-01T10:00:00Z')] },
      { timestamp: now() - 301 },
    )
    expect(response.status).toBe(401)
    expect(await stored(delivery.id)).toEqual(before)
  })

  it('should answer 503 and change nothing while no secret is configured', async () => {
    const endpoints = payload.collections.notifications.config.endpoints || []
    endpoints.unshift({
      ...createDeliveryStatusEndpoint({ readSecret: () => undefined }),
      path: '/delivery-status-unconfigured',
    })
    const delivery = await sendEmail()
    const before = await stored(delivery.id)
    const response = await post(
      { events: [report(delivery, 'delivered', '2026-03-01T10:00:00Z')] },
      { path: `${PATH}-unconfigured` },
    )
    expect(response.status).toBe(503)
    expect(response.body.errors[0].message).toContain('NOTIFICATIONS_WEBHOOK_SECRET')
    expect(await stored(delivery.id)).toEqual(before)
  })
})

describe('bad input', () => {
  it('should answer 400 naming every bad field, and change nothing', async () => {
    const delivery = await sendEmail()
    const before = await stored(delivery.id)
    const response = await post({
      events: [
        report(delivery, 'delivered', '2026-03-01T10:00:00Z'),
        { at: 'yesterday', providerId: ' ', status: 'opened' },
      ],
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].name).toBe('ValidationError')
    expect(
      response.body.errors[0].data.errors.map((error: { path: string }) => error.path).sort(),
    ).toEqual(['events.1.at', 'events.1.providerId', 'events.1.status'])
    expect(await stored(delivery.id)).toEqual(before)
  })

  it('should answer 400 to a body that is not JSON, or lists no events', async () => {
    const notJson = await post(undefined, { raw: 'status=delivered' })
    expect(notJson.status).toBe(400)
    expect(notJson.body.errors[0].data.errors).toEqual([
      { message: 'Body must be JSON', path: '(body)' },
    ])
    const empty = await post({ events: [] })
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0].data.errors).toEqual([
      { message: 'must list at least one event', path: 'events' },
    ])
  })
})

describe('applying reports', () => {
  it('should mark a delivered e-mail delivered and a bounced one dead, and report unknown ids', async () => {
    const [delivered, bounced] = [await sendEmail(), await sendEmail()]
    const appliedBefore = await counted('delivered', 'applied')
    const unknownBefore = await counted('failed', 'unknown')
    const response = await post({
      events: [
        report(delivered, 'delivered', '2026-03-01T12:00:00+02:00'),
        report(bounced, 'bounced', '2026-03-01T10:01:00Z', '550 5.1.1 mailbox unavailable'),
        {
          at: '2026-03-01T10:02:00Z',
          providerId: '<nobody-we-know@provider.test>',
          status: 'failed',
        },
      ],
    })

    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      received: 3,
      unchanged: 0,
      unknownProviderIds: ['<nobody-we-know@provider.test>'],
      updated: 2,
    })
    expect(await stored(delivered.id)).toMatchObject({
      delivered_at: new Date('2026-03-01T10:00:00Z'),
      error: null,
      status: 'delivered',
    })
    expect(await stored(bounced.id)).toMatchObject({
      delivered_at: null,
      error: 'bounced: 550 5.1.1 mailbox unavailable',
      status: 'dead',
    })
    expect(await counted('delivered', 'applied')).toBe(appliedBefore + 1)
    expect(await counted('failed', 'unknown')).toBe(unknownBefore + 1)
  })

  it('should write one audit event per changed delivery, in its own office chain', async () => {
    const inA = await sendEmail()
    const inB = await sendEmail({ apartment: world.b.apartments[0].id, tenant: world.b.office.id })
    const response = await post({
      events: [
        report(inA, 'delivered', '2026-03-02T09:00:00Z'),
        report(inB, 'complained', '2026-03-02T09:00:00Z'),
      ],
    })
    expect(response.body).toMatchObject({ unknownProviderIds: [], updated: 2 })

    const [auditA] = await auditOf(world.a.office.id, inA.id)
    expect(auditA).toMatchObject({
      action: 'delivery.status-reported',
      actorLabel: DELIVERY_STATUS_ACTOR,
      after: { deliveredAt: '2026-03-02T09:00:00.000Z', error: null, status: 'delivered' },
      before: { deliveredAt: null, error: null, status: 'sent' },
    })
    expect(await auditOf(world.a.office.id, inB.id)).toHaveLength(0)
    expect(await auditOf(world.b.office.id, inB.id)).toEqual([
      expect.objectContaining({
        after: { deliveredAt: null, error: 'complained', status: 'dead' },
      }),
    ])
  })

  it('should change nothing, and audit nothing, when the same callback comes again', async () => {
    const delivery = await sendEmail()
    const body = { events: [report(delivery, 'delivered', '2026-03-03T09:00:00Z')] }
    expect((await post(body)).body).toMatchObject({ unchanged: 0, updated: 1 })
    const first = await stored(delivery.id)

    const again = await post(body)
    expect(again.status).toBe(200)
    expect(again.body).toEqual({ received: 1, unchanged: 1, unknownProviderIds: [], updated: 0 })
    // Not even touched: updated_at is the first callback's.
    expect(await stored(delivery.id)).toEqual(first)
    expect(await auditOf(world.a.office.id, delivery.id)).toHaveLength(1)
  })

  it('should end in the same state whatever order the reports arrive in', async () => {
    const [one, other] = [await sendEmail(), await sendEmail()]
    const reports = (delivery: DeliveryRecord) => [
      report(delivery, 'delivered', '2026-03-04T09:00:00Z'),
      report(delivery, 'failed', '2026-03-04T08:59:00Z', 'greylisted'),
      report(delivery, 'complained', '2026-03-04T12:00:00Z', 'marked as spam'),
    ]
    // One in reported order, one callback at a time; the other backwards, in one batch.
    for (const event of reports(one)) expect((await post({ events: [event] })).status).toBe(200)
    expect((await post({ events: reports(other).reverse() })).status).toBe(200)

    const expected = {
      delivered_at: new Date('2026-03-04T09:00:00Z'),
      error: 'complained: marked as spam',
      status: 'dead',
    }
    expect(await stored(one.id)).toMatchObject(expected)
    expect(await stored(other.id)).toMatchObject(expected)
  })

  it('should apply every report to every status exactly as the transition rule says, never backwards', async () => {
    const statuses: DeliveryStatus[] = ['queued', 'sent', 'failed', 'delivered', 'dead']
    const cases = statuses.flatMap((status) =>
      PROVIDER_EVENT_STATUSES.map((event) => ({ event, status })),
    )
    const sent = await sendNotifications({
      messages: cases.map(() => message({ channel: 'sms', subject: '', to: '+30 691 234 5678' })),
      payload,
    })
    const deliveries = sent.map((result) => result.delivery)
    const start = (status: DeliveryStatus) => ({
      deliveredAt: status === 'delivered' ? '2026-03-05T08:00:00.000Z' : null,
      error: status === 'failed' || status === 'dead' ? `was ${status}` : null,
      status,
    })
    await poolOf(payload).query(
      `update deliveries d set status = x.status::enum_deliveries_status, error = x.error, delivered_at = x.delivered_at
         from unnest($1::int[], $2::text[], $3::text[], $4::timestamptz[]) as x(id, status, error, delivered_at) where d.id = x.id`,
      [
        deliveries.map((delivery) => delivery.id),
        cases.map(({ status }) => status),
        cases.map(({ status }) => start(status).error),
        cases.map(({ status }) => start(status).deliveredAt),
      ],
    )
    const events = cases.map(({ event }, index): ProviderEvent => ({
      at: '2026-03-05T09:00:00.000Z',
      providerId: deliveries[index].providerId as string,
      reason: 'provider says so',
      status: event,
    }))

    const response = await post({ events })
    expect(response.status).toBe(200)

    const { rows } = await poolOf(payload).query<{
      delivered_at: Date | null
      error: null | string
      id: number
      status: DeliveryStatus
    }>(
      'select id, status::text as status, error, delivered_at from deliveries where id = any($1::int[])',
      [deliveries.map((delivery) => delivery.id)],
    )
    const byId = new Map(rows.map((row) => [row.id, row]))
    const actual = cases.map((_, index) => {
      const row = byId.get(deliveries[index].id)!
      return {
        deliveredAt: row.delivered_at?.toISOString() ?? null,
        error: row.error,
        status: row.status,
      }
    })
    expect(actual).toEqual(
      cases.map(({ status }, index) => nextDeliveryState(start(status), changeOf(events[index]))),
    )
    const moved = actual.filter(
      (state, index) => JSON.stringify(state) !== JSON.stringify(start(cases[index].status)),
    ).length
    expect(response.body).toEqual({
      received: cases.length,
      unchanged: cases.length - moved,
      unknownProviderIds: [],
      updated: moved,
    })
  })

  it('should leave in-app deliveries alone even when a reported id equals their notification id', async () => {
    const { delivery } = await sendNotification({
      message: message({ channel: 'in-app', to: String(world.actors.residentA.user.id) }),
      payload,
    })
    expect(delivery.status).toBe('delivered')
    const response = await post({
      events: [{ at: '2026-03-06T09:00:00Z', providerId: delivery.providerId, status: 'bounced' }],
    })
    expect(response.body).toEqual({
      received: 1,
      unchanged: 0,
      unknownProviderIds: [delivery.providerId],
      updated: 0,
    })
    expect((await stored(delivery.id)).status).toBe('delivered')
  })
})

describe('dunning reminders', () => {
  it("should show the reported status on a dunning event's delivery, read through its relationship", async () => {
    const apartment = world.a.apartments[1]
    const delivery = await sendEmail({ apartment: apartment.id })
    const policy = await payload.create({
      collection: DUNNING_POLICIES,
      data: {
        minimumBalance: 1_000,
        name: `Status ${unique()}`,
        steps: [
          {
            channel: 'email',
            maxContacts: 1,
            minDaysBetweenContacts: 14,
            template: { el: 'Οφειλή {amount}', en: 'You owe {amount}' },
            threshold: { bucket: '0-30', type: 'bucket' },
          },
        ],
        tenant: world.a.office.id,
      },
      depth: 0,
    })
    const run = await payload.create({
      collection: DUNNING_RUNS,
      data: {
        policy: policy.id,
        status: 'completed',
        tenant: world.a.office.id,
        trigger: 'manual',
      },
      depth: 0,
    })
    const event = await payload.create({
      collection: DUNNING_EVENTS,
      data: {
        apartment: apartment.id,
        channel: 'email',
        delivery: delivery.id,
        idempotencyKey: `status-test-${unique()}`,
        outcome: 'sent',
        run: run.id,
        stepIndex: 0,
        tenant: world.a.office.id,
      },
      depth: 0,
    })

    const response = await post({
      events: [report(delivery, 'bounced', '2026-03-07T09:00:00Z', 'mailbox unavailable')],
    })
    expect(response.body).toMatchObject({ updated: 1 })

    const read = await api('GET', `${DUNNING_EVENTS}/${event.id}?depth=1`, {
      token: world.actors.adminA.token,
    })
    expect(read.status).toBe(200)
    expect(read.body.delivery).toMatchObject({
      id: delivery.id,
      error: 'bounced: mailbox unavailable',
      status: 'dead',
    })
  })
})
