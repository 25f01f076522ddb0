import type { Payload } from 'payload'

import { readEnv } from '../../src/lib/env'
import { closeQueueClient, createQueueClient } from '../../src/lib/queue/queueClient'
import { defineTask } from '../../src/lib/queue/defineTask'
import { startWorkers } from '../../src/lib/queue/startWorkers'
import type { QueueClient } from '../../src/lib/queue/queueClient'
import { createScheduler } from '../../src/lib/scheduler/createScheduler'
import { defineSchedule } from '../../src/lib/scheduler/defineSchedule'
import type { ScheduleDefinition } from '../../src/lib/scheduler/defineSchedule'
import type { Scheduler, TickResult } from '../../src/lib/scheduler/createScheduler'
import { waitFor } from '../fixtures/waitFor'
import { startPayload } from '../helpers/testPayload'

/**
 * Two app instances, each with its own pg-boss client and scheduler, on the run's real
 * PostgreSQL (schema of its own): every tick of a schedule becomes exactly one job.
 */
const SCHEMA = 'pgboss_scheduler_spec'

const handled: { data: unknown; traceId: string }[] = []
const scheduledTask = defineTask({
  name: 'spec.scheduled',
  handler: async ({ data, traceId }) => {
    handled.push({ data, traceId })
  },
})

let payload: Payload
let instanceA: QueueClient
let instanceB: QueueClient
const schedulers: Scheduler[] = []

const instance = () =>
  createQueueClient({
    connectionString: readEnv().databaseUrl,
    logger: payload.logger,
    maintenanceIntervalSeconds: 1,
    pollingIntervalSeconds: 0.5,
    schema: SCHEMA,
    tasks: [scheduledTask],
  })

const scheduler = (args: Omit<Parameters<typeof createScheduler>[0], 'logger'>) => {
  const created = createScheduler({ ...args, logger: payload.logger })
  schedulers.push(created)
  return created
}

/** Jobs per dedupe key on the scheduled task's queue. */
const jobsByKey = async (): Promise<Map<string, number>> => {
  const { rows } = await instanceA.pool.query<{ count: number; key: string }>(
    `select data->>'key' as key, count(*)::int as count from ${SCHEMA}.job where name = $1 group by 1`,
    [scheduledTask.name],
  )
  return new Map(rows.map((row) => [row.key, row.count]))
}

beforeAll(async () => {
  payload = await startPayload()
  instanceA = await instance()
  instanceB = await instance()
})

afterAll(async () => {
  await Promise.all(schedulers.map((item) => item.stop()))
  for (const client of [instanceA, instanceB]) {
    if (client) await closeQueueClient({ client })
  }
})

describe('scheduler', () => {
  it('should enqueue one job when two instances tick the same schedule for the same tick', async () => {
    const nightly = defineSchedule({
      name: 'spec.nightly',
      cron: '0 3 * * *',
      data: { kind: 'nightly' },
      task: scheduledTask.name,
    })
    const onA = scheduler({ client: instanceA, schedules: [nightly] })
    const onB = scheduler({ client: instanceB, schedules: [nightly] })

    const tick = new Date('2026-02-09T03:00:00.000Z')
    // Concurrently, and B's timer a little late: same minute, same key.
    const results = await Promise.all([
      onA.tick({ name: nightly.name, tick }),
      onB.tick({ name: nightly.name, tick: new Date(tick.getTime() + 250) }),
    ])
    expect(results.map((result) => result.isDuplicate).sort()).toEqual([false, true])
    expect(results[0].id).toBe(results[1].id)
    expect(results[0].key).toBe('spec.nightly@2026-02-09T03:00:00.000Z')
    expect((await jobsByKey()).get('spec.nightly@2026-02-09T03:00:00.000Z')).toBe(1)

    const nextDay = await onB.tick({
      name: nightly.name,
      tick: new Date('2026-02-10T03:00:00.000Z'),
    })
    expect(nextDay.isDuplicate).toBe(false)
    expect((await jobsByKey()).get('spec.nightly@2026-02-10T03:00:00.000Z')).toBe(1)
  })

  it('should enqueue one job per period even when instances disagree on the cron', async () => {
    // A deploy in progress: the old version ticks at 03:00, the new one at 03:05, same day.
    const old = defineSchedule({
      name: 'spec.daily',
      cron: '0 3 * * *',
      periodSeconds: 86_400,
      task: scheduledTask.name,
    })
    const onOld = scheduler({ client: instanceA, schedules: [old] })
    const onNew = scheduler({ client: instanceB, schedules: [{ ...old, cron: '5 3 * * *' }] })

    const first = await onOld.tick({ name: old.name, tick: new Date('2026-02-09T03:00:00Z') })
    const second = await onNew.tick({ name: old.name, tick: new Date('2026-02-09T03:05:00Z') })
    expect([first.isDuplicate, second.isDuplicate]).toEqual([false, true])
    expect((await jobsByKey()).get('spec.daily@2026-02-09T00:00:00.000Z')).toBe(1)
  })

  it('should turn each real cron tick of two running instances into exactly one job', async () => {
    const everySecond = defineSchedule({
      name: 'spec.every-second',
      cron: '* * * * * *',
      task: scheduledTask.name,
    })
    const attempts = new Map<string, (TickResult & { instance: string })[]>()
    const record = (instance: string) => (result: TickResult) => {
      attempts.set(result.key, [...(attempts.get(result.key) ?? []), { ...result, instance }])
    }
    const onA = scheduler({ client: instanceA, onTick: record('a'), schedules: [everySecond] })
    const onB = scheduler({ client: instanceB, onTick: record('b'), schedules: [everySecond] })
    onA.start()
    onB.start()

    // Ticks both instances fired (a tick at start-up may be seen by one only).
    const sharedTicks = () =>
      [...attempts.entries()].filter(
        ([, items]) => new Set(items.map((item) => item.instance)).size === 2,
      )
    await waitFor({
      check: () => sharedTicks().length >= 2,
      description: 'two ticks seen by both instances',
    })
    await onA.stop()
    await onB.stop()

    const jobs = await jobsByKey()
    for (const [key, items] of sharedTicks()) {
      expect(items.filter((item) => !item.isDuplicate)).toHaveLength(1)
      expect(jobs.get(key)).toBe(1)
    }
  })

  it('should run the scheduled job with the schedule data under a trace of its own', async () => {
    const weekly = defineSchedule({
      name: 'spec.weekly',
      cron: '0 6 * * 1',
      data: { report: 'weekly' },
      task: scheduledTask.name,
    })
    const { id } = await scheduler({ client: instanceA, schedules: [weekly] }).tick({
      name: weekly.name,
      tick: new Date('2026-02-09T06:00:00Z'),
    })
    await startWorkers({ client: instanceA, payload })
    const seen = await waitFor({
      check: () => handled.find((item) => (item.data as { report?: string }).report === 'weekly'),
      description: 'the scheduled job to run',
    })
    expect(seen.traceId).toMatch(/^[0-9a-f]{32}$/)
    expect((await instanceA.boss.getJobById(scheduledTask.name, id))?.state).toBe('completed')
  })

  it('should refuse a schedule with an invalid cron or an unknown task', () => {
    const create = (schedule: ScheduleDefinition) =>
      createScheduler({ client: instanceA, logger: payload.logger, schedules: [schedule] })
    expect(() => create({ name: 'bad', cron: 'every day', task: scheduledTask.name })).toThrow(
      /invalid cron/,
    )
    expect(() => create({ name: 'bad', cron: '0 3 * * *', task: 'spec.nobody' })).toThrow(
      /unknown task "spec.nobody"/,
    )
  })
})
