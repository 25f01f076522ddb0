import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'
import type { Payload } from 'payload'

import { closePayload } from '../../src/lib/db/closePayload'
import { metrics } from '../../src/lib/metrics/registry'
import { deliverNotification } from '../../src/lib/notifications/deliverNotification'
import { poolOf } from '../../src/lib/db/poolOf'
import {
  DELIVER_NOTIFICATION_TASK,
  deliverNotificationTask,
} from '../../src/lib/notifications/deliverNotificationTask'
import { emailAdapter } from '../../src/lib/notifications/email/emailAdapter'
import { startQueue, stopQueue } from '../../src/lib/queue/queueSingleton'
import { insertDeliveries } from '../../src/lib/notifications/insertDeliveries'
import { markDeliveryDead } from '../../src/lib/notifications/markDeliveryDead'
import { sendNotification } from '../../src/lib/notifications/sendNotification'
import { sendNotifications } from '../../src/lib/notifications/sendNotifications'
import type { NotificationMessage } from '../../src/lib/notifications/types'
import { newTraceId, runWithTrace } from '../../src/lib/trace/traceContext'
import { api, graphql } from '../helpers/http'
import { readSinkMessages, startSmtpSink } from '../helpers/smtpSink'
import type { SmtpSink } from '../helpers/smtpSink'
import { startPayload } from '../helpers/testPayload'
import { buildWorld, loginAs, TEST_PASSWORD } from '../helpers/world'
import type { Actor, World } from '../helpers/world'

/**
 * Notifications against a real SMTP server (the run's sink, a separate process): exactly-once
 * sends per idempotency key, failure and retry when SMTP is down, the SMS log provider, the
 * in-app inbox and its access rules, batched sends, and the tenant boundary of deliveries.
 * Every test mails a recipient of its own, so files sharing the sink never see each other's mail.
 */
let payload: Payload
let world: World
let neighbour: Actor

const sinkDir = () => process.env.SMTP_SINK_DIR as string
const unique = () => randomUUID().slice(0, 12)
const recipient = () => `r-${unique()}@sink.test`

const email = (overrides: Partial<NotificationMessage> = {}): NotificationMessage => ({
  apartment: world.a.apartments[0].id,
  body: `Your balance is 120.00 EUR. ${unique()}`,
  channel: 'email',
  idempotencyKey: `test:${unique()}`,
  subject: `Reminder ${unique()}`,
  tenant: world.a.office.id,
  to: recipient(),
  ...overrides,
})

const countDeliveries = async (idempotencyKey: string) =>
  (
    await payload.count({
      collection: 'deliveries',
      where: { idempotencyKey: { equals: idempotencyKey } },
    })
  ).totalDocs

const sentCount = (channel: string, status: string) =>
  metrics.deliveries
    .get()
    .then(
      ({ values }) =>
        values.find((v) => v.labels.channel === channel && v.labels.status === status)?.value ?? 0,
    )

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  const neighbourEmail = `resident-neighbour-${unique()}@test.local`
  const user = await payload.create({
    collection: 'users',
    data: {
      apartment: world.a.apartments[1].id,
      email: neighbourEmail,
      password: TEST_PASSWORD,
      role: 'resident',
      tenants: [{ tenant: world.a.office.id }],
    },
  })
  neighbour = { token: await loginAs(payload, neighbourEmail), user }
})

describe('e-mail over SMTP', () => {
  it('should deliver one e-mail with the subject, body and recipient, and record it as sent', async () => {
    const message = email()
    const traceId = newTraceId()
    const sentBefore = await sentCount('email', 'sent')

    const { delivery, isDuplicate } = await runWithTrace(traceId, () =>
      sendNotification({ message, payload }),
    )

    const received = readSinkMessages({ dir: sinkDir(), to: message.to })
    expect(received).toHaveLength(1)
    expect(received[0].subject).toBe(message.subject)
    expect(received[0].text?.trim()).toBe(message.body)
    expect(received[0].envelope.to).toEqual([message.to])
    expect(received[0].from).toContain('no-reply@building-office.local')
    expect(isDuplicate).toBe(false)
    expect(delivery).toMatchObject({
      attempts: 1,
      building: world.a.buildings[0].id,
      error: null,
      providerId: received[0].messageId,
      recipient: message.to,
      status: 'sent',
      traceId,
    })
    const stored = await payload.findByID({ collection: 'deliveries', depth: 0, id: delivery.id })
    expect(stored).toMatchObject({
      body: message.body,
      channel: 'email',
      status: 'sent',
      subject: message.subject,
      tenant: world.a.office.id,
    })
    expect(stored.sentAt).toBeTruthy()
    expect(await sentCount('email', 'sent')).toBe(sentBefore + 1)
  })

  it('should send once when the same idempotency key is sent twice', async () => {
    const message = email()
    const first = await sendNotification({ message, payload })
    const second = await sendNotification({
      message: { ...message, body: 'a different body' },
      payload,
    })

    expect(second).toMatchObject({
      delivery: { id: first.delivery.id, status: 'sent' },
      isDuplicate: true,
    })
    expect(readSinkMessages({ dir: sinkDir(), to: message.to })).toHaveLength(1)
    expect(await countDeliveries(message.idempotencyKey)).toBe(1)
  })

  it('should send once when ten calls with the same key run concurrently', async () => {
    const message = email()
    const results = await Promise.all(
      Array.from({ length: 10 }, () => sendNotification({ message, payload })),
    )

    expect(results.filter((result) => !result.isDuplicate)).toHaveLength(1)
    expect(new Set(results.map((result) => result.delivery.id)).size).toBe(1)
    expect(readSinkMessages({ dir: sinkDir(), to: message.to })).toHaveLength(1)
    expect(await countDeliveries(message.idempotencyKey)).toBe(1)
  })

  it('should refuse an address that is not an e-mail address, writing nothing', async () => {
    const message = email({ to: 'not-an-address' })
    await expect(sendNotification({ message, payload })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'messages.0.to' })] },
    })
    expect(await countDeliveries(message.idempotencyKey)).toBe(0)
  })
})

describe('when the SMTP server is down', () => {
  // Its own sink and a second Payload whose real nodemailer adapter points at it, so stopping
  // this server does not take mail away from the other test files of the run.
  let outageDir: string
  let outageSink: SmtpSink
  let outagePayload: Payload

  beforeAll(async () => {
    outageDir = mkdtempSync(path.join(tmpdir(), 'bo-test-outage-'))
    outageSink = await startSmtpSink({ dir: outageDir })
    outagePayload = await getPayload({
      config: {
        ...(await config),
        email: emailAdapter({
          emailFrom: 'Building Office <no-reply@building-office.local>',
          smtpUrl: outageSink.url,
        }),
      },
      key: 'smtp-outage',
    })
  })

  afterAll(async () => {
    await closePayload(outagePayload)
    await outageSink.stop()
    rmSync(outageDir, { force: true, recursive: true })
  })

  it('should record the failure, then send exactly once when SMTP is back', async () => {
    const message = email()
    await outageSink.stop()

    const { delivery: failed } = await sendNotification({ message, payload: outagePayload })
    expect(failed).toMatchObject({ attempts: 1, providerId: null, sentAt: null, status: 'failed' })
    expect(failed.error).toMatch(/ECONNREFUSED/)

    await outageSink.restart()
    const retried = await deliverNotification({ deliveryId: failed.id, payload: outagePayload })
    expect(retried.attempted).toBe(true)
    expect(retried.delivery).toMatchObject({ attempts: 2, error: null, status: 'sent' })

    const again = await deliverNotification({ deliveryId: failed.id, payload: outagePayload })
    expect(again.attempted).toBe(false)
    const received = readSinkMessages({ dir: outageDir, to: message.to })
    expect(received).toHaveLength(1)
    expect(received[0].subject).toBe(message.subject)
    expect(retried.delivery?.providerId).toBe(received[0].messageId)
  })

  it('should not resend a failed delivery that the queue gave up on', async () => {
    const message = email()
    await outageSink.stop()
    const { delivery: failed } = await sendNotification({ message, payload: outagePayload })
    await outageSink.restart()

    const dead = await markDeliveryDead({ deliveryId: failed.id, payload: outagePayload })
    expect(dead).toMatchObject({ error: expect.stringMatching(/ECONNREFUSED/), status: 'dead' })
    expect(
      (await deliverNotification({ deliveryId: failed.id, payload: outagePayload })).attempted,
    ).toBe(false)
    expect(readSinkMessages({ dir: outageDir, to: message.to })).toHaveLength(0)
  })
  it('should resume a batch: the same messages again attempt only those no provider accepted', async () => {
    const [accepted, failedOnce, givenUp] = [email(), email(), email()]
    expect(
      (await sendNotification({ message: accepted, payload: outagePayload })).delivery.status,
    ).toBe('sent')
    await outageSink.stop()
    const down = await sendNotifications({
      messages: [failedOnce, givenUp],
      payload: outagePayload,
    })
    expect(down.map((result) => result.delivery.status)).toEqual(['failed', 'failed'])
    // The queue's retries gave up on one of them while SMTP was down.
    await markDeliveryDead({ deliveryId: down[1].delivery.id, payload: outagePayload })
    await outageSink.restart()

    const resumed = await sendNotifications({
      messages: [accepted, failedOnce, givenUp],
      payload: outagePayload,
    })
    expect(resumed.map((r) => [r.isDuplicate, r.isAttempted, r.delivery.status])).toEqual([
      [true, false, 'sent'],
      [true, true, 'sent'],
      [true, true, 'sent'],
    ])
    for (const message of [accepted, failedOnce, givenUp]) {
      expect(readSinkMessages({ dir: outageDir, to: message.to })).toHaveLength(1)
    }

    // Accepted, then reported bounced by the provider: a final answer, never sent again.
    await poolOf(outagePayload).query(
      `update deliveries set status = 'dead', error = 'bounced: mailbox unknown' where id = $1`,
      [resumed[0].delivery.id],
    )
    const again = await sendNotifications({ messages: [accepted], payload: outagePayload })
    expect(again[0]).toMatchObject({ delivery: { status: 'dead' }, isAttempted: false })
    expect(readSinkMessages({ dir: outageDir, to: accepted.to })).toHaveLength(1)
  })

  it('should queue a retry of a failed send when the process runs a queue', async () => {
    const schema = 'pgboss_notifications_test'
    await startQueue({
      connection: { maintenanceIntervalSeconds: 1, pollingIntervalSeconds: 0.5, schema },
      payload: outagePayload,
      tasks: [deliverNotificationTask],
      workers: false,
    })
    try {
      await outageSink.stop()
      const { delivery } = await sendNotification({ message: email(), payload: outagePayload })
      expect(delivery.status).toBe('failed')
      const pool = poolOf(outagePayload)
      const { rows } = await pool.query(
        `select data from ${schema}.job where name = '${DELIVER_NOTIFICATION_TASK}'`,
      )
      expect(
        rows.map((row) => (row.data as { data: { deliveryId: number } }).data.deliveryId),
      ).toContain(delivery.id)
    } finally {
      await stopQueue()
      await outageSink.restart()
    }
  })

  it('should retry through the queue task until sent, or mark the delivery dead after the last attempt', async () => {
    const job = (retryCount: number) => ({
      createdOn: new Date(),
      id: `job-${retryCount}`,
      name: DELIVER_NOTIFICATION_TASK,
      retryCount,
      retryLimit: 5,
    })
    const run = (deliveryId: number, retryCount: number) =>
      deliverNotificationTask.handler({
        data: { deliveryId },
        job: job(retryCount),
        payload: outagePayload,
        traceId: 'a'.repeat(32),
      })

    await outageSink.stop()
    const recovering = email()
    const doomed = email()
    const { delivery: first } = await sendNotification({
      message: recovering,
      payload: outagePayload,
    })
    const { delivery: second } = await sendNotification({ message: doomed, payload: outagePayload })
    // A failed attempt throws, so pg-boss schedules the next one with backoff.
    await expect(run(first.id, 0)).rejects.toThrow(/ECONNREFUSED/)
    // The last attempt gives up: dead, kept for an operator, never resent.
    await expect(run(second.id, 5)).resolves.toEqual({ status: 'dead' })

    await outageSink.restart()
    await expect(run(first.id, 1)).resolves.toEqual({ status: 'sent' })
    await expect(run(second.id, 0)).resolves.toEqual({ status: 'dead' })
    expect(readSinkMessages({ dir: outageDir, to: recovering.to })).toHaveLength(1)
    expect(readSinkMessages({ dir: outageDir, to: doomed.to })).toHaveLength(0)
  })
})

describe('retries and leases', () => {
  it('should leave a sent delivery alone and refuse to mark it dead', async () => {
    const { delivery } = await sendNotification({ message: email(), payload })
    expect(await deliverNotification({ deliveryId: delivery.id, payload })).toMatchObject({
      attempted: false,
      delivery: { status: 'sent' },
    })
    expect(await markDeliveryDead({ deliveryId: delivery.id, payload })).toBeNull()
  })

  it('should send a delivery left queued by a crashed process only after its lease', async () => {
    const message = email()
    // The state a process leaves when it dies between inserting the row and sending.
    const [queued] = await insertDeliveries({ messages: [message], payload, traceId: null })

    expect((await deliverNotification({ deliveryId: queued.id, payload })).attempted).toBe(false)
    expect(readSinkMessages({ dir: sinkDir(), to: message.to })).toHaveLength(0)

    await poolOf(payload).query(
      `update deliveries set last_attempt_at = now() - interval '1 hour' where id = $1`,
      [queued.id],
    )
    const retried = await deliverNotification({ deliveryId: queued.id, payload })
    expect(retried).toMatchObject({ attempted: true, delivery: { attempts: 2, status: 'sent' } })
    expect(readSinkMessages({ dir: sinkDir(), to: message.to })).toHaveLength(1)
  })

  it('should answer null for an unknown delivery', async () => {
    expect(await deliverNotification({ deliveryId: 2_000_000_000, payload })).toEqual({
      attempted: false,
      delivery: null,
    })
  })
})

describe('sms and letters', () => {
  it('should send an sms through the logging provider', async () => {
    const message = email({ channel: 'sms', subject: '', to: '+30 691 234 5678' })
    const { delivery } = await sendNotification({ message, payload })
    expect(delivery).toMatchObject({
      channel: 'sms',
      recipient: '+30 691 234 5678',
      status: 'sent',
    })
    expect(delivery.providerId).toMatch(/^log-[0-9a-f-]{36}$/)
  })

  it('should keep a letter queued for printing, untouched by retries', async () => {
    const message = email({ channel: 'letter', to: 'Ermou 1, 10563 Athens' })
    const { delivery } = await sendNotification({ message, payload })
    expect(delivery).toMatchObject({
      attempts: 0,
      channel: 'letter',
      providerId: null,
      status: 'queued',
    })
    expect((await deliverNotification({ deliveryId: delivery.id, payload })).attempted).toBe(false)
  })
})

describe('in-app notifications', () => {
  const sendInApp = async () => {
    const message = email({ channel: 'in-app', to: String(world.actors.residentA.user.id) })
    const { delivery } = await sendNotification({ message, payload })
    const { docs } = await payload.find({
      collection: 'notifications',
      where: { delivery: { equals: delivery.id } },
    })
    return { delivery, message, notification: docs[0] }
  }

  it('should put the message in the apartment inbox and mark the delivery delivered', async () => {
    const { delivery, message, notification } = await sendInApp()
    expect(delivery).toMatchObject({ providerId: String(notification.id), status: 'delivered' })
    expect(delivery.deliveredAt).toBeTruthy()
    expect(notification).toMatchObject({ body: message.body, readAt: null, title: message.subject })

    const response = await api(
      'GET',
      `notifications?depth=0&where[delivery][equals]=${delivery.id}`,
      {
        token: world.actors.residentA.token,
      },
    )
    expect(response.status).toBe(200)
    expect(response.body.docs.map((doc: { id: number }) => doc.id)).toEqual([notification.id])
  })

  it("should hide it from a neighbour's resident and from office B", async () => {
    const { notification } = await sendInApp()
    for (const token of [neighbour.token, world.actors.adminB.token]) {
      expect((await api('GET', `notifications/${notification.id}`, { token })).status).toBe(404)
      const list = await api('GET', `notifications?where[id][equals]=${notification.id}`, { token })
      expect(list.status).toBe(200)
      expect(list.body.totalDocs).toBe(0)
    }
  })

  it("should show it to the office's staff", async () => {
    const { notification } = await sendInApp()
    for (const actor of ['adminA', 'accountantA', 'managerA'] as const) {
      const response = await api('GET', `notifications/${notification.id}?depth=0`, {
        token: world.actors[actor].token,
      })
      expect(response.status).toBe(200)
    }
  })

  it('should let the resident set readAt but not change what was sent', async () => {
    const { message, notification } = await sendInApp()
    const readAt = '2026-02-10T09:30:00.000Z'
    const response = await api('PATCH', `notifications/${notification.id}`, {
      body: { body: 'rewritten', readAt, title: 'rewritten' },
      token: world.actors.residentA.token,
    })
    expect(response.status).toBe(200)
    const after = await payload.findByID({
      collection: 'notifications',
      depth: 0,
      id: notification.id,
    })
    expect(after).toMatchObject({ body: message.body, readAt, title: message.subject })
  })

  it('should not let a resident move it to another office or apartment', async () => {
    const { notification } = await sendInApp()
    await api('PATCH', `notifications/${notification.id}`, {
      body: { apartment: world.a.apartments[1].id, tenant: world.b.office.id },
      token: world.actors.residentA.token,
    })
    const after = await payload.findByID({
      collection: 'notifications',
      depth: 0,
      id: notification.id,
    })
    expect(after).toMatchObject({ apartment: world.a.apartments[0].id, tenant: world.a.office.id })
  })

  it('should not let a neighbour or staff mark it read', async () => {
    const { notification } = await sendInApp()
    for (const token of [neighbour.token, world.actors.adminA.token]) {
      const response = await api('PATCH', `notifications/${notification.id}`, {
        body: { readAt: new Date().toISOString() },
        token,
      })
      expect([403, 404]).toContain(response.status)
    }
    expect(
      (await payload.findByID({ collection: 'notifications', depth: 0, id: notification.id }))
        .readAt,
    ).toBeNull()
  })

  it('should refuse an apartment of another office, writing nothing', async () => {
    const message = email({ apartment: world.b.apartments[0].id, channel: 'in-app' })
    await expect(sendNotification({ message, payload })).rejects.toMatchObject({
      data: { errors: [{ message: 'Apartment not found', path: 'messages.0.apartment' }] },
    })
    expect(await countDeliveries(message.idempotencyKey)).toBe(0)
  })
})

describe('batched sends', () => {
  it('should create 200 deliveries and deliver one e-mail each, and send none again on a rerun', async () => {
    const tag = unique()
    const messages = Array.from({ length: 200 }, (_, index) =>
      email({
        idempotencyKey: `batch:${tag}:${index}`,
        subject: `Batch ${tag} #${index}`,
        to: `batch-${tag}-${index}@sink.test`,
      }),
    )

    const results = await sendNotifications({ messages, payload })
    expect(results.map((result) => result.delivery.status)).toEqual(messages.map(() => 'sent'))
    expect(results.every((result) => !result.isDuplicate)).toBe(true)
    const { totalDocs } = await payload.count({
      collection: 'deliveries',
      where: { idempotencyKey: { like: `batch:${tag}:` } },
    })
    expect(totalDocs).toBe(200)
    const received = readSinkMessages({ dir: sinkDir() }).filter((mail) =>
      mail.subject?.startsWith(`Batch ${tag} #`),
    )
    expect(received).toHaveLength(200)
    expect(new Set(received.map((mail) => mail.envelope.to[0]))).toEqual(
      new Set(messages.map((m) => m.to)),
    )

    const rerun = await sendNotifications({ messages, payload })
    expect(rerun.every((result) => result.isDuplicate)).toBe(true)
    expect(
      readSinkMessages({ dir: sinkDir() }).filter((mail) =>
        mail.subject?.startsWith(`Batch ${tag} #`),
      ),
    ).toHaveLength(200)
  })

  it('should send a key repeated inside one batch once', async () => {
    const message = email()
    const results = await sendNotifications({ messages: [message, message, message], payload })
    expect(results.map((result) => result.isDuplicate)).toEqual([false, true, true])
    expect(readSinkMessages({ dir: sinkDir(), to: message.to })).toHaveLength(1)
  })

  it('should refuse a key that another office already used, without revealing its delivery', async () => {
    const message = email()
    await sendNotification({ message, payload })
    const foreign = {
      ...message,
      apartment: world.b.apartments[0].id,
      tenant: world.b.office.id,
      to: recipient(),
    }
    await expect(
      sendNotifications({ messages: [email(), foreign], payload }),
    ).rejects.toMatchObject({
      data: {
        errors: [{ message: 'Already used by another office', path: 'messages.1.idempotencyKey' }],
      },
    })
    expect(readSinkMessages({ dir: sinkDir(), to: foreign.to })).toHaveLength(0)
  })
})

describe('tenant boundary of deliveries', () => {
  let deliveryA: number
  let otherBuildingDelivery: number

  beforeAll(async () => {
    deliveryA = (await sendNotification({ message: email(), payload })).delivery.id
    otherBuildingDelivery = (
      await sendNotification({ message: email({ apartment: world.a.apartments[2].id }), payload })
    ).delivery.id
  })

  it("should let office A's staff read office A's delivery", async () => {
    for (const actor of ['adminA', 'accountantA', 'managerA'] as const) {
      expect(
        (await api('GET', `deliveries/${deliveryA}`, { token: world.actors[actor].token })).status,
      ).toBe(200)
    }
  })

  it('should not let office B read it through REST', async () => {
    const token = world.actors.adminB.token
    expect((await api('GET', `deliveries/${deliveryA}`, { token })).status).toBe(404)
    const list = await api('GET', `deliveries?where[id][equals]=${deliveryA}`, { token })
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(0)
  })

  it('should not let office B read it through GraphQL', async () => {
    const token = world.actors.adminB.token
    const one = await graphql(`{ Delivery(id: ${deliveryA}) { id recipient } }`, { token })
    expect((one.body.data as { Delivery?: unknown } | undefined)?.Delivery ?? null).toBeNull()
    expect(one.body.errors?.length).toBeGreaterThan(0)
    const list = await graphql<{ Deliveries: { totalDocs: number } }>(
      `{ Deliveries(where: { id: { equals: ${deliveryA} } }) { totalDocs } }`,
      { token },
    )
    expect(list.body.data?.Deliveries.totalDocs).toBe(0)
  })

  it('should not let office B read it through the Local API', async () => {
    const local = {
      collection: 'deliveries' as const,
      overrideAccess: false,
      user: world.actors.adminB.user,
    }
    await expect(payload.findByID({ ...local, id: deliveryA })).rejects.toMatchObject({
      status: 404,
    })
    expect((await payload.find({ ...local, where: { id: { equals: deliveryA } } })).totalDocs).toBe(
      0,
    )
  })

  it("should not show a manager the deliveries of a building they don't manage", async () => {
    const token = world.actors.managerA.token
    expect((await api('GET', `deliveries/${otherBuildingDelivery}`, { token })).status).toBe(404)
  })

  it('should not show deliveries to residents and vendors', async () => {
    for (const actor of ['residentA', 'vendorA'] as const) {
      const response = await api('GET', `deliveries/${deliveryA}`, {
        token: world.actors[actor].token,
      })
      expect([403, 404]).toContain(response.status)
    }
  })

  it('should refuse creating, changing and deleting deliveries through the API, even for office admins', async () => {
    const token = world.actors.adminA.token
    const before = await payload.findByID({ collection: 'deliveries', depth: 0, id: deliveryA })
    const created = await api('POST', 'deliveries', {
      body: {
        channel: 'email',
        idempotencyKey: `forged:${unique()}`,
        recipient: 'x@sink.test',
        tenant: world.a.office.id,
      },
      token,
    })
    expect(created.status).toBe(403)
    expect(
      (await api('PATCH', `deliveries/${deliveryA}`, { body: { status: 'delivered' }, token }))
        .status,
    ).toBe(403)
    expect((await api('DELETE', `deliveries/${deliveryA}`, { token })).status).toBe(403)
    expect(await payload.findByID({ collection: 'deliveries', depth: 0, id: deliveryA })).toEqual(
      before,
    )
  })
})
