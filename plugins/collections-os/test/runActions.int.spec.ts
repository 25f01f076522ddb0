import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'
import type { Payload, Where } from 'payload'

import { officeToday, shiftDate } from '../../../src/ledger/engine/officeCalendar'
import { poolOf } from '../../../src/lib/db/poolOf'
import { closePayload } from '../../../src/lib/db/closePayload'
import {
  DELIVER_NOTIFICATION_TASK,
  deliverNotificationTask,
} from '../../../src/lib/notifications/deliverNotificationTask'
import { emailAdapter } from '../../../src/lib/notifications/email/emailAdapter'
import { balanceOf, charge, pay } from '../../../test/helpers/ledger'
import { readSinkMessages, startSmtpSink } from '../../../test/helpers/smtpSink'
import type { SmtpSink } from '../../../test/helpers/smtpSink'
import { startQueue, stopQueue } from '../../../src/lib/queue/queueSingleton'
import { startPayload } from '../../../test/helpers/testPayload'
import { buildWorld } from '../../../test/helpers/world'
import type { World } from '../../../test/helpers/world'
import { DUNNING_POLICIES, DUNNING_RUNS, DUNNING_TASKS, PROMISES_TO_PAY } from '../constants'
import { executeDunningRun } from '../operations/executeDunningRun'
import { issueCharges } from '../../../src/ledger/operations/issueCharges'
import { lateFeeReference } from '../operations/applyStepActions'
import { policyStep } from './policyStep'
import type { PolicyStepDoc } from './policyStep'
import { replayDunningRun } from '../operations/replayDunningRun'
import { sweepPromises } from '../operations/sweepPromises'
import { dunningRunTask } from '../tasks/dunningRunTask'
import { undeliveredOfRuns } from '../operations/undeliveredOfRuns'
import { dbFor } from '../../../src/lib/db/transaction'

/**
 * What a run does besides the message, on a real database: late fees become penalty charges on
 * the ledger (once, whatever retries do), steps hand manager tasks and legal notices to people,
 * promises are settled kept or broken before planning, and a run that cannot send retries, goes
 * to the dead letter and, replayed once SMTP is back, sends each message exactly once.
 */
let payload: Payload
let world: World
const today = officeToday('Europe/Athens')

const step = policyStep

const policyFor = (building: number, steps: PolicyStepDoc[]) =>
  payload.create({
    collection: DUNNING_POLICIES,
    data: {
      building,
      minimumBalance: 100,
      name: `Building ${building}`,
      steps: steps,
      tenant: world.a.office.id,
    },
  })

const runOf = (policy: number, p: Payload = payload) =>
  p.create({
    collection: DUNNING_RUNS,
    data: { policy, status: 'queued', tenant: world.a.office.id, trigger: 'manual' },
  })

const eventOf = async (runId: number, apartmentId: number) =>
  (
    await poolOf(payload).query(
      `select outcome, skip_reason, late_fee, late_fee_charge_id, task_id, is_legal_notice, delivery_id
       from dunning_events where run_id = $1 and apartment_id = $2`,
      [runId, apartmentId],
    )
  ).rows[0]

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

const buildingOf = (apartment: World['a']['apartments'][number]) =>
  typeof apartment.building === 'number' ? apartment.building : apartment.building.id

describe('step actions', () => {
  it('should charge a late fee once, on the ledger, and link it to the contact', async () => {
    const apartment = world.a.apartments[0]
    await charge(payload, {
      amount: 20_000,
      apartment: apartment.id,
      dueDate: shiftDate(today, -45),
    })
    const policy = await policyFor(buildingOf(apartment), [
      step({
        action: { lateFee: { basisPoints: 500, type: 'percent' }, shouldCreateManagerTask: true },
        template: { el: 'Late-fee step {amount}', en: 'Late-fee step: you owe {amount}.' },
        threshold: { bucket: '31-60', type: 'bucket' },
      }),
    ])
    const run = await runOf(policy.id)
    await executeDunningRun({ payload, runId: run.id })

    const fees = await payload.find({
      collection: 'charges',
      depth: 0,
      where: { and: [{ apartment: { equals: apartment.id } }, { source: { equals: 'penalty' } }] },
    })
    expect(fees.docs).toHaveLength(1)
    expect(fees.docs[0]).toMatchObject({
      amount: 1_000,
      openAmount: 1_000,
      period: today.slice(0, 7),
    })
    expect((await balanceOf(payload, apartment.id))?.balance).toBe(21_000)
    expect(await eventOf(run.id, apartment.id)).toMatchObject({
      late_fee: '1000',
      late_fee_charge_id: fees.docs[0].id,
      outcome: 'sent',
    })

    const tasks = await payload.find({
      collection: DUNNING_TASKS,
      depth: 0,
      where: { apartment: { equals: apartment.id } },
    })
    expect(tasks.docs).toHaveLength(1)
    expect(tasks.docs[0]).toMatchObject({
      amountOverdue: 20_000,
      kind: 'follow-up',
      run: run.id,
      status: 'open',
      tenant: world.a.office.id,
    })
    expect((await eventOf(run.id, apartment.id)).task_id).toBe(tasks.docs[0].id)

    const audit = await payload.find({
      collection: 'audit-events',
      depth: 0,
      where: {
        and: [
          { entityType: { equals: 'charges' } },
          { entityId: { equals: String(fees.docs[0].id) } },
        ],
      },
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]).toMatchObject({
      action: 'charge.created',
      idempotencyKey: fees.docs[0].sourceReference,
      traceId: expect.any(String),
    })

    // The same run again (a retry or a replay): no second fee, task or message.
    await executeDunningRun({ payload, runId: run.id })
    expect(
      (
        await payload.count({
          collection: 'charges',
          where: {
            and: [{ apartment: { equals: apartment.id } }, { source: { equals: 'penalty' } }],
          },
        })
      ).totalDocs,
    ).toBe(1)
    expect(
      (
        await payload.count({
          collection: DUNNING_TASKS,
          where: { apartment: { equals: apartment.id } },
        })
      ).totalDocs,
    ).toBe(1)
    expect(
      readSinkMessages({
        dir: process.env.SMTP_SINK_DIR as string,
        to: apartment.owner?.email ?? '',
      }),
    ).toHaveLength(1)
    expect(fees.docs[0].sourceReference).toBe(
      lateFeeReference(
        `${world.a.office.id}:${policy.id}:${apartment.id}:0:email:${today.slice(0, 7)}`,
      ),
    )
  })

  it('should never create a second system charge with the same key', async () => {
    const apartment = world.a.apartments[0]
    const penalties: Where = {
      and: [{ apartment: { equals: apartment.id } }, { source: { equals: 'penalty' } }],
    }
    const existing = (await payload.find({ collection: 'charges', depth: 0, where: penalties }))
      .docs[0]
    const again = await issueCharges({
      charges: [
        {
          amount: 1_000,
          apartment: apartment.id,
          description: 'The same late fee again',
          dueDate: today,
          origin: { id: 0, type: 'test' },
          period: today.slice(0, 7),
          reference: existing.sourceReference as string,
          source: 'penalty',
        },
      ],
      office: world.a.office.id,
      req: await createLocalReq({}, payload),
    })
    expect(again).toEqual([])
    // Even past the ledger's operations, the database's unique key refuses it.
    await expect(
      payload.create({
        collection: 'charges',
        data: {
          amount: 1_000,
          apartment: apartment.id,
          dueDate: existing.dueDate,
          source: 'penalty',
          period: today.slice(0, 7),
          sourceReference: existing.sourceReference,
        },
      }),
    ).rejects.toThrow()
    expect((await payload.count({ collection: 'charges', where: penalties })).totalDocs).toBe(1)
  })

  it('should hand a legal-notice step to people as a task and flag the message', async () => {
    const apartment = world.a.apartments[1]
    await charge(payload, {
      amount: 50_000,
      apartment: apartment.id,
      dueDate: shiftDate(today, -100),
    })
    // Same building as the first test: its policy is replaced by this one.
    await payload.update({
      collection: DUNNING_POLICIES,
      data: { isActive: false },
      where: { building: { equals: buildingOf(apartment) } },
    })
    const policy = await policyFor(buildingOf(apartment), [
      step({
        action: { isLegalNotice: true },
        channel: 'letter',
        template: { el: 'Εξώδικο {amount}', en: 'Legal notice {amount}' },
        threshold: { bucket: '90+', type: 'bucket' },
      }),
    ])
    const run = await runOf(policy.id)
    await executeDunningRun({ payload, runId: run.id })
    const event = await eventOf(run.id, apartment.id)
    expect(event).toMatchObject({ is_legal_notice: true, outcome: 'sent' })
    const task = await payload.findByID({ collection: DUNNING_TASKS, depth: 0, id: event.task_id })
    expect(task).toMatchObject({ kind: 'legal-notice', status: 'open' })
    expect(task.title).toContain(apartment.label)
  })
})

describe('promises to pay', () => {
  it('should mark a promise kept when the payments reach it, and then contact nobody', async () => {
    const apartment = world.a.apartments[2]
    await charge(payload, {
      amount: 30_000,
      apartment: apartment.id,
      dueDate: shiftDate(today, -20),
    })
    const promise = await payload.create({
      collection: PROMISES_TO_PAY,
      data: {
        amount: 30_000,
        apartment: apartment.id,
        dueDate: `${shiftDate(today, 5)}T12:00:00.000Z`,
        status: 'active',
      },
    })
    const policy = await policyFor(buildingOf(apartment), [step({})])
    const paused = await runOf(policy.id)
    await executeDunningRun({ payload, runId: paused.id })
    expect(await eventOf(paused.id, apartment.id)).toMatchObject({
      outcome: 'skipped',
      skip_reason: 'promise-active',
    })

    await pay(payload, { amount: 30_000, apartment: apartment.id, receivedAt: today })
    const settled = await sweepPromises({ payload })
    expect(settled).toContainEqual(
      expect.objectContaining({ id: promise.id, paid: 30_000, status: 'kept' }),
    )
    expect(
      await payload.findByID({ collection: PROMISES_TO_PAY, depth: 0, id: promise.id }),
    ).toMatchObject({ paid: 30_000, status: 'kept' })

    const after = await runOf(policy.id)
    const counters = await executeDunningRun({ payload, runId: after.id })
    expect(counters.contacted).toBe(0)
    // Paid up: no longer a debtor, so not even a skip is recorded for it.
    expect(await eventOf(after.id, apartment.id)).toBeUndefined()
    const audit = await payload.find({
      collection: 'audit-events',
      depth: 0,
      where: {
        and: [
          { action: { equals: 'promise-to-pay.kept' } },
          { entityId: { equals: String(promise.id) } },
        ],
      },
    })
    expect(audit.docs).toHaveLength(1)
  })

  it('should mark a lapsed promise broken before planning, and resume escalation', async () => {
    const apartment = world.a.apartments[3]
    await charge(payload, {
      amount: 15_000,
      apartment: apartment.id,
      dueDate: shiftDate(today, -25),
    })
    // Made twenty days ago, due ten days ago with three days of grace, nothing paid since.
    const promise = await payload.create({
      collection: PROMISES_TO_PAY,
      data: {
        amount: 15_000,
        apartment: apartment.id,
        dueDate: `${shiftDate(today, -10)}T12:00:00.000Z`,
        graceDays: 3,
        status: 'active',
      },
    })
    await poolOf(payload).query(
      `update promises_to_pay set created_at = now() - interval '20 days' where id = $1`,
      [promise.id],
    )
    const policy = (
      await payload.find({
        collection: DUNNING_POLICIES,
        depth: 0,
        where: { building: { equals: buildingOf(apartment) } },
      })
    ).docs[0]
    const run = await runOf(policy.id)
    await executeDunningRun({ payload, runId: run.id })
    expect(
      await payload.findByID({ collection: PROMISES_TO_PAY, depth: 0, id: promise.id }),
    ).toMatchObject({
      resolvedOn: expect.stringContaining(shiftDate(today, -6)),
      status: 'broken',
    })
    expect(await eventOf(run.id, apartment.id)).toMatchObject({ outcome: 'sent' })
  })
})

describe('when SMTP is down', () => {
  // Its own sink and Payload, so stopping this server takes no mail from the other test files.
  let outageDir: string
  let sink: SmtpSink
  let outage: Payload

  beforeAll(async () => {
    // A queue without workers in its own schema: failed deliveries and the replay are queued, and
    // the test plays the worker.
    await startQueue({
      connection: { schema: 'pgboss_dunning_outage_test' },
      payload,
      tasks: [dunningRunTask, deliverNotificationTask],
      workers: false,
    })
    outageDir = mkdtempSync(path.join(tmpdir(), 'bo-dunning-outage-'))
    sink = await startSmtpSink({ dir: outageDir })
    outage = await getPayload({
      config: {
        ...(await config),
        email: emailAdapter({
          emailFrom: 'Building Office <no-reply@building-office.local>',
          smtpUrl: sink.url,
        }),
      },
      key: 'dunning-smtp-outage',
    })
  })

  afterAll(async () => {
    await stopQueue()
    await closePayload(outage)
    await sink.stop()
    rmSync(outageDir, { force: true, recursive: true })
  })

  it('should complete, leave the messages to the delivery retries, and after a replay send exactly one e-mail per key', async () => {
    const office = await outage.create({
      collection: 'offices',
      data: {
        currency: 'EUR',
        locale: 'en',
        name: 'Outage office',
        slug: `outage-${Date.now()}`,
        timezone: 'Europe/Athens',
      },
    })
    const building = await outage.create({
      collection: 'buildings',
      data: {
        address: 'Street 9',
        city: 'Athens',
        name: 'Outage',
        postalCode: '10558',
        tenant: office.id,
      },
    })
    const owners = ['1', '2'].map((n) => ({
      email: `outage-${office.id}-${n}@example.gr`,
      name: `Owner ${n}`,
    }))
    for (const [index, owner] of owners.entries()) {
      const apartment = await outage.create({
        collection: 'apartments',
        data: {
          building: building.id,
          label: `O${index}`,
          owner,
          shares: { elevator: 0, general: 500, heating: 0 },
        },
      })
      await charge(outage, {
        amount: 8_000,
        apartment: apartment.id,
        dueDate: shiftDate(today, -10),
      })
    }
    const policy = await outage.create({
      collection: DUNNING_POLICIES,
      data: {
        minimumBalance: 100,
        name: 'Outage default',
        steps: [step({})],
        tenant: office.id,
      },
    })
    const run = await outage.create({
      collection: DUNNING_RUNS,
      data: { policy: policy.id, status: 'queued', tenant: office.id, trigger: 'manual' },
    })

    await sink.stop()
    const job = {
      createdOn: new Date(),
      id: 'job-0',
      name: 'dunning.run',
      retryCount: 0,
      retryLimit: 2,
    }
    // The run does its own work and completes; the messages it could not send are the
    // notifications' to retry, not a reason to run the whole run again.
    await expect(
      dunningRunTask.handler({ data: { runId: run.id }, job, payload: outage, traceId: 'trace' }),
    ).resolves.toMatchObject({ contacted: 2 })
    expect(await outage.findByID({ collection: DUNNING_RUNS, id: run.id })).toMatchObject({
      contacted: 2,
      status: 'completed',
    })
    const { rows: failed } = await poolOf(outage).query<{
      attempts: number
      id: number
      status: string
    }>(`select id, status, attempts from deliveries where tenant_id = $1 order by id`, [office.id])
    expect(failed.map((delivery) => delivery.status)).toEqual(['failed', 'failed'])
    // One retry mechanism: each failed delivery is queued for `notifications.deliver`.
    const { rows: retries } = await poolOf(outage).query<{ id: number }>(
      `select (data->'data'->>'deliveryId')::int as id from pgboss_dunning_outage_test.job
        where name = $1 order by 1`,
      [DELIVER_NOTIFICATION_TASK],
    )
    expect(retries.map((retry) => retry.id)).toEqual(
      expect.arrayContaining(failed.map((d) => d.id)),
    )
    // Its retries give up while SMTP stays down, as the queue's last attempt does.
    for (const delivery of failed) {
      await expect(
        deliverNotificationTask.handler({
          data: { deliveryId: delivery.id },
          job: { ...job, name: DELIVER_NOTIFICATION_TASK, retryCount: 5, retryLimit: 5 },
          payload: outage,
          traceId: 'trace',
        }),
      ).resolves.toEqual({ status: 'dead' })
    }
    const undelivered = await undeliveredOfRuns({
      db: await dbFor({ payload: outage, transactionID: undefined }),
      runIds: [run.id],
    })
    expect(undelivered.get(run.id)).toBe(2)

    await sink.restart()
    expect(
      await replayDunningRun({ req: await createLocalReq({}, outage), runId: run.id }),
    ).toMatchObject({ status: 'queued' })
    await expect(
      replayDunningRun({ req: await createLocalReq({}, outage), runId: run.id }),
    ).rejects.toMatchObject({ code: 'run-not-replayable', status: 409 })
    await executeDunningRun({ payload: outage, runId: run.id })
    await executeDunningRun({ payload: outage, runId: run.id })
    for (const owner of owners)
      expect(readSinkMessages({ dir: outageDir, to: owner.email })).toHaveLength(1)
    expect(await outage.findByID({ collection: DUNNING_RUNS, id: run.id })).toMatchObject({
      contacted: 2,
      error: null,
      status: 'completed',
    })
    const { rows } = await poolOf(outage).query(
      `select count(*)::int as n from deliveries where tenant_id = $1 and status = 'sent'`,
      [office.id],
    )
    expect(rows[0].n).toBe(2)
    // Everything reached the provider: nothing is left to replay.
    await expect(
      replayDunningRun({ req: await createLocalReq({}, outage), runId: run.id }),
    ).rejects.toMatchObject({ code: 'run-not-replayable' })

    // A provider's bounce report makes a delivery dead after it was sent: final, not a run failure.
    await poolOf(outage).query(
      `update deliveries set status = 'dead', error = 'bounced: mailbox unknown' where tenant_id = $1`,
      [office.id],
    )
    await poolOf(outage).query(`update dunning_runs set status = 'failed' where id = $1`, [run.id])
    await expect(executeDunningRun({ payload: outage, runId: run.id })).resolves.toMatchObject({
      contacted: 2,
    })
    for (const owner of owners)
      expect(readSinkMessages({ dir: outageDir, to: owner.email })).toHaveLength(1)
  })
})
