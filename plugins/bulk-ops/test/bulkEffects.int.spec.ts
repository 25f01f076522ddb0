import { readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'
import type { Payload } from 'payload'

import type { BulkExport, ExpenseCategory } from '../../../payload-types'
import { verifyLedger } from '../../../src/ledger/operations/verifyLedger'
import { closePayload } from '../../../src/lib/db/closePayload'
import { poolOf } from '../../../src/lib/db/poolOf'
import { readEnv } from '../../../src/lib/env'
import { emailAdapter } from '../../../src/lib/notifications/email/emailAdapter'
import { stopQueue } from '../../../src/lib/queue/queueSingleton'
import { openStatementLink } from '../../../src/lib/statement/openStatementLink'
import { api } from '../../../test/helpers/http'
import { charge } from '../../../test/helpers/ledger'
import { readSinkMessages, startSmtpSink } from '../../../test/helpers/smtpSink'
import type { SmtpSink } from '../../../test/helpers/smtpSink'
import { startPayload } from '../../../test/helpers/testPayload'
import { buildWorld } from '../../../test/helpers/world'
import type { World } from '../../../test/helpers/world'
import { BULK_EXPORTS } from '../constants'
import { createBulkJob } from '../operations/createBulkJob'
import { dryRunBulkJob } from '../operations/dryRunBulkJob'
import { executeBulkJob } from '../operations/executeBulkJob'
import { processBulkJob } from '../operations/processBulkJob'
import { retryBulkJob } from '../operations/retryBulkJob'
import { balancesOf, buildingOf, itemsOf, reqAs, runJob, startBulkQueue } from './bulkTestKit'

/**
 * The effects other than an issue, on a real database: a reversal nets the ledger back to where it
 * was before the reversed job, an export writes one CSV upload with a row per apartment, and
 * reminders send one message per owner who owes, through a real SMTP server; with SMTP down the
 * items fail, and a retry once it is back sends each message exactly once.
 */
let payload: Payload
let world: World
let general: ExpenseCategory

const admin = () => world.actors.adminA
const a1 = () => world.a.apartments.slice(0, 2)
const a2 = () => world.a.apartments.slice(2, 4)

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  await startBulkQueue(payload, 'pgboss_bulk_effects_test')
  general = await payload.create({
    collection: 'expense-categories',
    data: { code: 'general', name: 'General', shareColumn: 'general', tenant: world.a.office.id },
    depth: 0,
  })
})

afterAll(async () => {
  await stopQueue()
})

describe('reversal', () => {
  it('should net the ledger back to the balances before the reversed job, once', async () => {
    const apartments = a2().map((a) => a.id)
    const building = buildingOf(a2()[0])
    await charge(payload, { amount: 1_200, apartment: apartments[0], dueDate: '2031-12-10' })
    const before = await balancesOf(payload, apartments)
    await payload.create({
      collection: 'expenses',
      data: {
        amount: 9_999,
        building,
        category: general.id,
        description: 'Roof repair',
        period: '2032-01',
      },
      depth: 0,
    })
    const issue = await runJob({
      actor: admin(),
      input: {
        action: 'common-expense-issue',
        scope: { buildings: [building], period: '2032-01' },
      },
      payload,
    })
    expect(await balancesOf(payload, apartments)).toEqual({
      [apartments[0]]: before[apartments[0]] + 5_000,
      [apartments[1]]: before[apartments[1]] + 4_999,
    })

    const reversal = await createBulkJob({
      input: { action: 'reversal', parameters: { job: issue.id } },
      req: await reqAs(payload, admin()),
    })
    expect(reversal).toMatchObject({
      reverses: issue.id,
      scope: { buildings: [building], period: '2032-01' },
    })
    const plan = await dryRunBulkJob({ jobId: reversal.id, req: await reqAs(payload, admin()) })
    expect(plan.estimatedImpact).toMatchObject({ planned: 2, totalCents: -9_999 })
    await executeBulkJob({ jobId: reversal.id, req: await reqAs(payload, admin()) })
    expect(await processBulkJob({ jobId: reversal.id, payload })).toMatchObject({
      status: 'completed',
    })

    expect(await balancesOf(payload, apartments)).toEqual(before)
    const originals = (await itemsOf(payload, issue.id)).flatMap((item) => item.effect_ids ?? [])
    const { rows } = await poolOf(payload).query<{
      amount: string
      open_amount: string
      source: string
      source_reference: string
    }>(
      `select amount, open_amount, source, source_reference from charges where source_reference = any($1::varchar[]) order by id`,
      [originals.map((id) => `reversal:${id}`)],
    )
    expect(rows.map((row) => [Number(row.amount), row.source])).toEqual([
      [-5_000, 'common-expense'],
      [-4_999, 'common-expense'],
    ])
    // The credit notes are allocated like payments (FIFO, oldest due first): what stays open is what was owed before.
    const open = await poolOf(payload).query<{ apartment_id: number; open: number }>(
      `select apartment_id, sum(open_amount)::int as open from charges where apartment_id = any($1::int[]) and amount > 0 group by apartment_id`,
      [apartments],
    )
    expect(Object.fromEntries(open.rows.map((row) => [row.apartment_id, row.open]))).toEqual(before)
    expect((await verifyLedger({ office: world.a.office.id, payload })).mismatches).toEqual([])

    const again = await runJob({
      actor: admin(),
      input: { action: 'reversal', parameters: { job: issue.id } },
      payload,
    })
    expect(again).toMatchObject({ itemsSkipped: 2, itemsSucceeded: 0, status: 'completed' })
    expect(
      (await itemsOf(payload, again.id)).map((item) => item.validation_errors?.[0]?.code),
    ).toEqual(['already-issued', 'already-issued'])
    expect(await balancesOf(payload, apartments)).toEqual(before)
  })

  it('should refuse to reverse a job that has not executed or issues no charges', async () => {
    const req = await reqAs(payload, admin())
    const draft = await createBulkJob({
      input: {
        action: 'common-expense-issue',
        scope: { buildings: [buildingOf(a1()[0])], period: '2032-02' },
      },
      req,
    })
    await expect(
      createBulkJob({
        input: { action: 'reversal', parameters: { job: draft.id } },
        req: await reqAs(payload, admin()),
      }),
    ).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: [
        { message: expect.stringContaining('can be reversed'), path: 'parameters.job' },
      ],
    })
  })
})

describe('export', () => {
  it('should write one CSV upload with a row per apartment, linked from the job and its items', async () => {
    const [first, second] = a1()
    await charge(payload, { amount: 12_345, apartment: first.id, dueDate: '2031-11-25' })
    const job = await runJob({
      actor: world.actors.accountantA,
      input: {
        action: 'export',
        parameters: {
          columns: ['building', 'apartment', 'owner', 'balance', 'oldest_unpaid_due_date'],
        },
        scope: { buildings: [buildingOf(first)] },
      },
      payload,
    })
    expect(job).toMatchObject({
      exportFile: expect.any(Number),
      itemsSucceeded: 2,
      status: 'completed',
    })
    const file = (await payload.findByID({
      collection: BULK_EXPORTS,
      depth: 0,
      id: job.exportFile as number,
    })) as BulkExport
    expect(file).toMatchObject({
      job: job.id,
      mimeType: 'text/csv',
      rows: 2,
      tenant: world.a.office.id,
    })
    const stored = path.resolve(readEnv().uploadsDir, 'bulk-exports', file.filename as string)
    const csv = readFileSync(stored, 'utf8')
    rmSync(stored)
    const balances = await balancesOf(payload, [first.id, second.id])
    expect(csv).toBe(
      'building,apartment,owner,balance,oldest_unpaid_due_date\r\n' +
        `a1,1A,${first.owner?.name},${(balances[first.id] / 100).toFixed(2)},2031-11-25\r\n` +
        `a1,1B,${second.owner?.name},${(balances[second.id] / 100).toFixed(2)},\r\n`,
    )
    expect((await itemsOf(payload, job.id)).map((item) => item.effect_ids)).toEqual([
      [file.id],
      [file.id],
    ])
    // The worker again (a replayed queue job): the same one file.
    await processBulkJob({ jobId: job.id, payload })
    expect(
      (await payload.count({ collection: BULK_EXPORTS, where: { job: { equals: job.id } } }))
        .totalDocs,
    ).toBe(1)
  })

  it("should let the manager who ran an export download it, with the office's staff, and nobody else", async () => {
    const [first] = a1()
    const job = await runJob({
      actor: world.actors.managerA,
      input: {
        action: 'export',
        parameters: { columns: ['apartment', 'balance'] },
        scope: { buildings: [buildingOf(first)] },
      },
      payload,
    })
    expect(job).toMatchObject({
      createdBy: world.actors.managerA.user.id,
      exportFile: expect.any(Number),
      status: 'completed',
    })
    const file = (await payload.findByID({
      collection: BULK_EXPORTS,
      depth: 0,
      id: job.exportFile as number,
    })) as BulkExport
    const stored = path.resolve(readEnv().uploadsDir, 'bulk-exports', file.filename as string)
    try {
      for (const reader of [world.actors.managerA, world.actors.accountantA]) {
        expect(
          (await api('GET', `bulk-exports/${file.id}?depth=0`, { token: reader.token })).body,
        ).toMatchObject({ id: file.id, job: job.id })
        const download = await api('GET', `bulk-exports/file/${file.filename}`, {
          token: reader.token,
        })
        expect(download.status).toBe(200)
        expect(download.body).toBe(readFileSync(stored, 'utf8'))
      }
      // The manager's own exports only: the staff's export of the same building stays theirs.
      const staffExport = await runJob({
        actor: world.actors.accountantA,
        input: {
          action: 'export',
          parameters: { columns: ['apartment'] },
          scope: { buildings: [buildingOf(first)] },
        },
        payload,
      })
      expect(
        (
          await api('GET', `bulk-exports/${staffExport.exportFile}`, {
            token: world.actors.managerA.token,
          })
        ).status,
      ).toBe(404)
      const list = await api('GET', 'bulk-exports?limit=100', {
        token: world.actors.managerA.token,
      })
      expect(list.body.docs.map((doc: { id: number }) => doc.id)).toEqual([file.id])
      for (const outsider of [world.actors.adminB, world.actors.residentA, world.actors.vendorA]) {
        expect([403, 404]).toContain(
          (await api('GET', `bulk-exports/${file.id}`, { token: outsider.token })).status,
        )
        expect([403, 404]).toContain(
          (await api('GET', `bulk-exports/file/${file.filename}`, { token: outsider.token }))
            .status,
        )
      }
      const local = await payload.find({
        collection: BULK_EXPORTS,
        overrideAccess: false,
        user: world.actors.adminB.user,
        where: { id: { equals: file.id } },
      })
      expect(local.docs).toEqual([])
    } finally {
      rmSync(stored, { force: true })
    }
  })
})

describe('reminders', () => {
  it('should send one message per owner who owes, and none when the job runs again', async () => {
    const [owing, clear] = a1()
    const balances = await balancesOf(payload, [owing.id, clear.id])
    expect(balances[owing.id]).toBeGreaterThan(0)
    expect(balances[clear.id]).toBe(0)
    const job = await runJob({
      actor: admin(),
      input: {
        action: 'reminders',
        parameters: {
          subject: 'Your balance',
          template: 'Dear {owner}, you owe {amount}. {paymentLink}',
        },
        scope: { apartments: [owing.id, clear.id] },
      },
      payload,
    })
    expect(job).toMatchObject({ itemsSkipped: 1, itemsSucceeded: 1, status: 'completed' })
    const [sentItem, skipped] = await itemsOf(payload, job.id)
    expect(skipped).toMatchObject({ apartment_id: clear.id, status: 'skipped' })
    const delivery = await payload.findByID({
      collection: 'deliveries',
      depth: 0,
      id: sentItem.effect_ids![0],
    })
    expect(delivery).toMatchObject({
      apartment: owing.id,
      channel: 'email',
      idempotencyKey: `bulk:${job.id}:${owing.id}`,
      status: 'sent',
    })

    await processBulkJob({ jobId: job.id, payload })
    const mail = readSinkMessages({
      dir: process.env.SMTP_SINK_DIR as string,
      to: owing.owner?.email ?? '',
    }).filter((m) => m.subject === 'Your balance')
    expect(mail).toHaveLength(1)
    expect(mail[0].text).toContain(
      `Dear ${owing.owner?.name}, you owe €${(balances[owing.id] / 100).toFixed(2)}.`,
    )
    // The link opens this apartment's statement (signed for its office, 60 days).
    const token = /\/statement\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43})(?![\w-])/.exec(
      mail[0].text ?? '',
    )?.[1]
    await expect(openStatementLink({ payload, token })).resolves.toEqual({
      apartmentId: owing.id,
      ok: true,
    })
  })

  describe('when SMTP is down', () => {
    // A Payload of its own whose SMTP server this test stops, so no other file loses mail.
    let dir: string
    let sink: SmtpSink
    let outage: Payload

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'bo-bulk-outage-'))
      sink = await startSmtpSink({ dir })
      outage = await getPayload({
        config: {
          ...(await config),
          email: emailAdapter({
            emailFrom: 'Building Office <no-reply@building-office.local>',
            smtpUrl: sink.url,
          }),
        },
        key: 'bulk-smtp-outage',
      })
    })

    afterAll(async () => {
      await closePayload(outage)
      await sink.stop()
      rmSync(dir, { force: true, recursive: true })
    })

    it('should fail the items, and after a retry send each message exactly once', async () => {
      const owners = a2()
      for (const apartment of owners)
        await charge(outage, { amount: 3_000, apartment: apartment.id, dueDate: '2031-10-10' })
      const job = await createBulkJob({
        input: {
          action: 'reminders',
          parameters: { subject: 'Outage reminder' },
          scope: { buildings: [buildingOf(owners[0])] },
        },
        req: await reqAs(outage, admin()),
      })
      await dryRunBulkJob({ jobId: job.id, req: await reqAs(outage, admin()) })
      await sink.stop()
      await executeBulkJob({ jobId: job.id, req: await reqAs(outage, admin()) })
      await processBulkJob({ jobId: job.id, payload: outage })

      const failed = await itemsOf(outage, job.id)
      expect(failed.map((item) => item.status)).toEqual(['failed', 'failed'])
      const errors = await outage.find({
        collection: 'bulk-job-errors',
        depth: 0,
        where: { job: { equals: job.id } },
      })
      expect(errors.docs.map((error) => error.code)).toEqual(['delivery-failed', 'delivery-failed'])
      expect(
        await outage.findByID({ collection: 'bulk-jobs', depth: 0, id: job.id }),
      ).toMatchObject({ itemsFailed: 2, status: 'completed-with-errors' })

      await sink.restart()
      await retryBulkJob({ jobId: job.id, req: await reqAs(outage, admin()) })
      await processBulkJob({ jobId: job.id, payload: outage })
      expect(
        await outage.findByID({ collection: 'bulk-jobs', depth: 0, id: job.id }),
      ).toMatchObject({ itemsFailed: 0, itemsSucceeded: 2, status: 'completed' })
      for (const owner of owners) {
        expect(
          readSinkMessages({ dir, to: owner.owner?.email ?? '' }).filter(
            (m) => m.subject === 'Outage reminder',
          ),
        ).toHaveLength(1)
      }
      const { rows } = await poolOf(outage).query(
        `select count(*)::int as n from deliveries where idempotency_key like $1`,
        [`bulk:${job.id}:%`],
      )
      expect(rows[0].n).toBe(2)
    })
  })
})
