import type { Payload } from 'payload'

import { poolOf } from '../../../src/lib/db/poolOf'
import { startQueue, stopQueue } from '../../../src/lib/queue/queueSingleton'
import { startPayload } from '../../../test/helpers/testPayload'
import { buildWorld } from '../../../test/helpers/world'
import type { World } from '../../../test/helpers/world'
import { DUNNING_POLICIES, DUNNING_RUNS } from '../constants'
import { startScheduledRuns } from '../operations/startScheduledRuns'
import { DUNNING_RUN_TASK, dunningRunTask } from '../tasks/dunningRunTask'
import { policyStep } from './policyStep'

/** Policies' crons start runs: once per occurrence, only where Collections OS is on. */
const SCHEMA = 'pgboss_dunning_schedule_test'
let payload: Payload
let world: World

const steps = [policyStep({ template: { el: 'x {amount}', en: 'x {amount}' } })]

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  await startQueue({
    connection: { maintenanceIntervalSeconds: 1, pollingIntervalSeconds: 0.5, schema: SCHEMA },
    payload,
    tasks: [dunningRunTask],
    workers: false,
  })
})

afterAll(async () => {
  await stopQueue()
})

const runsOf = (policy: number) =>
  payload.find({ collection: DUNNING_RUNS, depth: 0, where: { policy: { equals: policy } } })

describe('scheduled dunning runs', () => {
  it('should start one run per cron occurrence and queue it', async () => {
    const policy = await payload.create({
      collection: DUNNING_POLICIES,
      data: {
        minimumBalance: 0,
        name: 'Hourly',
        schedule: '0 * * * *',
        steps: steps,
        tenant: world.a.office.id,
      },
    })
    const now = new Date('2026-11-28T10:20:00Z')
    await startScheduledRuns({ now, payload })
    await startScheduledRuns({ now: new Date('2026-11-28T10:25:00Z'), payload })
    const { docs } = await runsOf(policy.id)
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      scheduledFor: '2026-11-28T10:00:00.000Z',
      status: 'queued',
      trigger: 'scheduled',
    })
    const jobs = await poolOf(payload).query(`select data from ${SCHEMA}.job where name = $1`, [
      DUNNING_RUN_TASK,
    ])
    expect(jobs.rows.map((row) => (row.data as { data: { runId: number } }).data.runId)).toContain(
      docs[0].id,
    )

    await startScheduledRuns({ now: new Date('2026-11-28T11:05:00Z'), payload })
    expect((await runsOf(policy.id)).docs).toHaveLength(2)
  })

  it('should start nothing in an office that turned Collections OS off, nor for a policy without a schedule', async () => {
    await payload.update({
      collection: 'offices',
      data: { featureFlags: { collectionsOs: 'off' } },
      id: world.b.office.id,
    })
    const scheduled = await payload.create({
      collection: DUNNING_POLICIES,
      data: {
        minimumBalance: 0,
        name: 'B hourly',
        schedule: '0 * * * *',
        steps: steps,
        tenant: world.b.office.id,
      },
    })
    await startScheduledRuns({ now: new Date('2026-11-28T10:20:00Z'), payload })
    expect((await runsOf(scheduled.id)).docs).toHaveLength(0)
    expect(
      (await runsOf(world.b.ledger.dunning.policy.id)).docs.filter(
        (run) => run.trigger === 'scheduled',
      ),
    ).toHaveLength(0)
  })
})
