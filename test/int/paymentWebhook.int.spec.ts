import { createLocalReq } from 'payload'
import type { Payload } from 'payload'

import { signWebhook } from '../../src/lib/webhooks/webhookSignature'
import { recordPayment } from '../../src/ledger/operations/recordPayment'
import { api } from '../helpers/http'
import { balanceOf, charge } from '../helpers/ledger'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'

let payload: Payload
let world: World
let secret: string
let eventSerial = 0

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  const office = await payload.findByID({ collection: 'offices', id: world.a.office.id })
  secret = office.paymentWebhookSecret as string
})

const event = (overrides: Record<string, unknown> = {}) => ({
  amount: 12_345,
  apartmentReference: String(world.a.apartments[0].id),
  currency: 'EUR',
  eventId: `evt_${Date.now()}_${(eventSerial += 1)}`,
  receivedAt: '2026-06-01T10:00:00Z',
  reference: `bank-ref-${Date.now()}-${eventSerial}`,
  type: 'payment.received',
  ...overrides,
})

const deliver = (
  body: unknown,
  {
    office = world.a.office.slug,
    signingSecret = secret,
    raw,
  }: { office?: string; raw?: string; signingSecret?: string } = {},
) => {
  const text = raw ?? JSON.stringify(body)
  return api('POST', 'payments/webhook', {
    rawBody: text,
    headers: {
      'x-office': office,
      'x-signature': signWebhook({
        body: text,
        secret: signingSecret,
        timestamp: Math.floor(Date.now() / 1000),
      }),
    },
  })
}

const count = async (collection: 'payments' | 'unmatched-payments') =>
  (await payload.count({ collection, where: { tenant: { equals: world.a.office.id } } })).totalDocs

describe('payment webhook', () => {
  it('should record a signed payment, allocate it and update the balance', async () => {
    const apartment = world.a.apartments[0].id
    await charge(payload, { amount: 20_000, apartment, dueDate: '2026-05-10' })
    const body = event({ amount: 12_345 })
    const response = await deliver(body)
    expect(response.status).toBe(201)
    expect(response.body.status).toBe('matched')
    const payment = await payload.findByID({
      collection: 'payments',
      depth: 0,
      id: response.body.paymentId,
    })
    expect(payment).toMatchObject({
      amount: 12_345,
      externalReference: body.reference,
      source: 'webhook',
    })
    expect(await balanceOf(payload, apartment)).toMatchObject({ balance: 20_000 - 12_345 })
    const audit = await payload.find({
      collection: 'audit-events',
      // Scoped to the office: other suites write synthetic audit events into the same database.
      where: {
        and: [
          { tenant: { equals: world.a.office.id } },
          { entityType: { equals: 'payments' } },
          { entityId: { equals: String(payment.id) } },
        ],
      },
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]).toMatchObject({
      action: 'payment.recorded',
      actorLabel: 'webhook:payment-provider',
      idempotencyKey: `payment-event:${body.eventId}`,
    })
  })

  it("should refuse to record a payment on another office's apartment, writing nothing", async () => {
    const before = await count('payments')
    const result = await recordPayment({
      payment: {
        amount: 100,
        apartment: world.b.apartments[0].id,
        method: 'cash',
        office: world.a.office.id,
        receivedAt: '2026-06-01T10:00:00Z',
        source: 'import',
      },
      req: await createLocalReq({}, payload),
    })
    expect(result).toBeNull()
    expect(await count('payments')).toBe(before)
  })

  it('should answer a replay with the first result and create nothing', async () => {
    const body = event()
    const first = await deliver(body)
    const before = await count('payments')
    const replay = await deliver(body)
    expect(replay.status).toBe(first.status)
    expect(replay.body).toEqual(first.body)
    expect(replay.headers.get('idempotent-replayed')).toBe('true')
    expect(await count('payments')).toBe(before)
  })

  it('should record one payment for ten concurrent deliveries of one event', async () => {
    const body = event()
    const before = await count('payments')
    const responses = await Promise.all(Array.from({ length: 10 }, () => deliver(body)))
    expect(await count('payments')).toBe(before + 1)
    const ids = new Set(responses.filter((r) => r.status === 201).map((r) => r.body.paymentId))
    expect(ids.size).toBe(1)
    for (const response of responses) expect([201, 409]).toContain(response.status)
  })

  it('should refuse a bad, missing or foreign signature with 401 and write nothing', async () => {
    const before = await count('payments')
    const body = event()
    expect((await deliver(body, { signingSecret: 'not-the-office-secret-at-all' })).status).toBe(
      401,
    )
    expect((await deliver(body, { office: 'no-such-office' })).status).toBe(401)
    expect((await deliver(body, { office: world.b.office.slug })).status).toBe(401)
    const unsigned = await api('POST', 'payments/webhook', {
      headers: { 'x-office': world.a.office.slug },
      rawBody: JSON.stringify(body),
    })
    expect(unsigned.status).toBe(401)
    expect(await count('payments')).toBe(before)
  })

  it('should answer malformed bodies with 400 and field errors', async () => {
    const notJson = await deliver(null, { raw: '{"amount":' })
    expect(notJson.status).toBe(400)
    const invalid = await deliver(
      event({ amount: 10.5, currency: 'euro', receivedAt: 'yesterday' }),
    )
    expect(invalid.status).toBe(400)
    const paths = invalid.body.errors[0].data.errors.map((e: { path: string }) => e.path).sort()
    expect(paths).toEqual(['amount', 'currency', 'receivedAt'])
  })

  it.each([
    [
      'an unknown apartment',
      () => ({ apartmentReference: '99999999' }),
      'unknown apartment reference',
    ],
    [
      "another office's apartment",
      () => ({ apartmentReference: String(world.b.apartments[0].id) }),
      'unknown apartment reference',
    ],
    ['another currency', () => ({ currency: 'USD' }), 'currency USD is not EUR'],
  ])('should keep money for %s as an unmatched payment', async (_, overrides, reason) => {
    const before = {
      payments: await count('payments'),
      unmatched: await count('unmatched-payments'),
    }
    const body = event(overrides())
    const response = await deliver(body)
    expect(response.status).toBe(202)
    expect(response.body).toMatchObject({ reason, status: 'unmatched' })
    expect(await count('payments')).toBe(before.payments)
    expect(await count('unmatched-payments')).toBe(before.unmatched + 1)
    const row = await payload.findByID({
      collection: 'unmatched-payments',
      id: response.body.unmatchedPaymentId,
    })
    expect(row).toMatchObject({
      amount: body.amount,
      providerEventId: body.eventId,
      status: 'open',
    })
  })

  it('should not count a repeated bank reference twice', async () => {
    const first = event()
    await deliver(first)
    const again = await deliver(event({ reference: first.reference }))
    expect(again.status).toBe(202)
    expect(again.body.reason).toMatch(/already recorded/)
  })

  it('should answer concurrent events of one bank reference right the first time: one payment, the rest unmatched', async () => {
    const reference = `bank-ref-race-${Date.now()}`
    const before = {
      payments: await count('payments'),
      unmatched: await count('unmatched-payments'),
    }
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => deliver(event({ reference }))),
    )
    const statuses = responses.map((response) => response.status).sort()
    expect(statuses).toEqual([201, ...Array.from({ length: 19 }, () => 202)])
    for (const response of responses.filter((r) => r.status === 202))
      expect(response.body.reason).toMatch(/already recorded/)
    expect(await count('payments')).toBe(before.payments + 1)
    expect(await count('unmatched-payments')).toBe(before.unmatched + 19)
  })

  it('should refuse a body over the size limit with 413 before reading it, writing nothing', async () => {
    const before = await count('payments')
    const padded = { ...event(), padding: 'x'.repeat(5 * 1024 * 1024) }
    const text = JSON.stringify(padded)
    const response = await api('POST', 'payments/webhook', {
      headers: {
        'content-length': String(Buffer.byteLength(text)),
        'x-office': world.a.office.slug,
        'x-signature': signWebhook({
          body: text,
          secret,
          timestamp: Math.floor(Date.now() / 1000),
        }),
      },
      rawBody: text,
    })
    expect(response.status).toBe(413)
    expect(await count('payments')).toBe(before)
  })

  it('should make the reconciliation rate computable from matched and unmatched payments', async () => {
    const response = await api('GET', 'financial/dashboard/overview?asOf=2026-06-20', {
      token: world.actors.accountantA.token,
    })
    const { matched, mismatchRate, unmatched } = response.body.reconciliation
    expect(matched).toBeGreaterThan(0)
    expect(unmatched).toBeGreaterThan(0)
    expect(mismatchRate).toBeCloseTo(unmatched / (matched + unmatched), 4)
  })
})
