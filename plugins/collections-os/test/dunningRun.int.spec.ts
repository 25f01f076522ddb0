import type { Payload } from 'payload'

import { officeToday, shiftDate } from '../../../src/ledger/engine/officeCalendar'
import { poolOf } from '../../../src/lib/db/poolOf'
import { openStatementLink } from '../../../src/lib/statement/openStatementLink'
import { charge } from '../../../test/helpers/ledger'
import { readSinkMessages } from '../../../test/helpers/smtpSink'
import { startPayload } from '../../../test/helpers/testPayload'
import { buildWorld } from '../../../test/helpers/world'
import type { World } from '../../../test/helpers/world'
import { DUNNING_POLICIES, DUNNING_RUNS, PROMISES_TO_PAY } from '../constants'
import { executeDunningRun } from '../operations/executeDunningRun'

/**
 * A dunning run end to end on a real database and a real SMTP server: overdue apartments are
 * contacted once (the e-mail arrives with the right amount), the rest are skipped with their
 * reasons, and running again sends nothing new.
 */
let payload: Payload
let world: World
let policyId: number
const today = officeToday('Europe/Athens')
const sinkDir = () => process.env.SMTP_SINK_DIR as string

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  const [overdue, small, promised] = world.a.apartments
  await charge(payload, { amount: 12_345, apartment: overdue.id, dueDate: shiftDate(today, -20) })
  await charge(payload, { amount: 500, apartment: small.id, dueDate: shiftDate(today, -20) })
  await charge(payload, { amount: 9_000, apartment: promised.id, dueDate: shiftDate(today, -40) })
  await payload.create({
    collection: PROMISES_TO_PAY,
    data: {
      amount: 9_000,
      apartment: promised.id,
      dueDate: `${shiftDate(today, 10)}T12:00:00.000Z`,
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
          template: {
            el: 'Οφειλή {amount}',
            en: 'Dear {owner}, you owe {amount}, {daysOverdue} days overdue. Pay: {paymentLink}',
          },
          threshold: { bucket: '0-30', type: 'bucket' },
        },
      ],
      tenant: world.a.office.id,
    },
  })
  policyId = policy.id
})

const newRun = (isDryRun = false) =>
  payload.create({
    collection: DUNNING_RUNS,
    data: {
      isDryRun,
      policy: policyId,
      status: 'queued',
      tenant: world.a.office.id,
      trigger: 'manual',
    },
  })

const eventsOf = async (runId: number) =>
  (
    await poolOf(payload).query<{
      apartment_id: number
      delivery_id: null | number
      outcome: string
      skip_reason: null | string
    }>(
      'select apartment_id, outcome, skip_reason, delivery_id from dunning_events where run_id = $1 order by apartment_id',
      [runId],
    )
  ).rows

describe('a dunning run', () => {
  it('should plan without writing anything when it is a dry run', async () => {
    const run = await newRun(true)
    const counters = await executeDunningRun({ payload, runId: run.id })
    expect(counters.contacted).toBe(1)
    expect(await eventsOf(run.id)).toEqual([])
    expect(
      readSinkMessages({ dir: sinkDir(), to: world.a.apartments[0].owner?.email ?? '' }),
    ).toHaveLength(0)
    expect((await payload.findByID({ collection: DUNNING_RUNS, id: run.id })).status).toBe(
      'completed',
    )
  })

  it('should e-mail the overdue owner the amount and skip the others with their reasons', async () => {
    const [overdue, small, promised] = world.a.apartments
    const run = await newRun()
    const counters = await executeDunningRun({ payload, runId: run.id })
    expect(counters).toMatchObject({ contacted: 1 })
    expect(counters.skipped).toMatchObject({ 'below-minimum': 1, 'promise-active': 1 })

    const mail = readSinkMessages({ dir: sinkDir(), to: overdue.owner?.email ?? '' })
    expect(mail).toHaveLength(1)
    expect(mail[0].text).toContain('€123.45')
    expect(mail[0].text).toContain('20 days overdue')
    expect(mail[0].text).toContain(`Dear ${overdue.owner?.name}`)
    // The link opens this apartment's statement (signed for its office, 60 days).
    const token = /\/statement\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43})(?![\w-])/.exec(
      mail[0].text ?? '',
    )?.[1]
    await expect(openStatementLink({ payload, token })).resolves.toEqual({
      apartmentId: overdue.id,
      ok: true,
    })

    const events = await eventsOf(run.id)
    expect(events.find((e) => e.apartment_id === overdue.id)).toMatchObject({
      outcome: 'sent',
      delivery_id: expect.any(Number),
    })
    expect(events.find((e) => e.apartment_id === small.id)).toMatchObject({
      outcome: 'skipped',
      skip_reason: 'below-minimum',
    })
    expect(events.find((e) => e.apartment_id === promised.id)).toMatchObject({
      outcome: 'skipped',
      skip_reason: 'promise-active',
    })
    const stored = await payload.findByID({ collection: DUNNING_RUNS, id: run.id })
    expect(stored).toMatchObject({ contacted: 1, status: 'completed' })
  })

  it('should send nothing twice: a second run and a replayed run contact nobody again', async () => {
    const overdue = world.a.apartments[0]
    const second = await newRun()
    expect((await executeDunningRun({ payload, runId: second.id })).contacted).toBe(0)
    const first = (
      await payload.find({
        collection: DUNNING_RUNS,
        sort: 'createdAt',
        where: { isDryRun: { equals: false } },
      })
    ).docs[0]
    await executeDunningRun({ payload, runId: first.id })
    expect(readSinkMessages({ dir: sinkDir(), to: overdue.owner?.email ?? '' })).toHaveLength(1)
    const sent = await poolOf(payload).query(
      'select count(*)::int as n from dunning_events where apartment_id = $1 and outcome = $2',
      [overdue.id, 'sent'],
    )
    expect(sent.rows[0].n).toBe(1)
  })
})
