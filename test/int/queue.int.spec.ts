import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { createInterface } from 'node:readline'

import type { Payload } from 'payload'

import { readEnv } from '../../src/lib/env'
import { closeQueueClient, createQueueClient } from '../../src/lib/queue/queueClient'
import { DeadLetterNotFoundError, replayDeadLetter } from '../../src/lib/queue/replayDeadLetter'
import { defineTask } from '../../src/lib/queue/defineTask'
import { enqueue } from '../../src/lib/queue/enqueue'
import { listDeadLetters } from '../../src/lib/queue/listDeadLetters'
import { queueStats } from '../../src/lib/queue/queueStats'
import { startQueue, stopQueue } from '../../src/lib/queue/queueSingleton'
import { startWorkers } from '../../src/lib/queue/startWorkers'
import type { QueueClient } from '../../src/lib/queue/queueClient'
import { currentTraceId, newTraceId, runWithTrace } from '../../src/lib/trace/traceContext'
import { waitFor } from '../fixtures/waitFor'
import { startPayload } from '../helpers/testPayload'

/**
 * The durable queue against the run's real PostgreSQL (pg-boss itself, no mocks), in a schema of
 * its own so the scheduler suite can run beside it. pg-boss's timers are cut to about a second.
 */
const SCHEMA = 'pgboss_queue_spec'
const TIMERS = { maintenanceIntervalSeconds: 1, pollingIntervalSeconds: 0.5, schema: SCHEMA }

type Ref = { ref: string }

// What the handlers saw, by the `ref` each test puts in its job's data.
const attempts = new Map<string, number[]>()
const fixedRefs = new Set<string>()
const successes = new Map<string, { data: Ref; jobId: string; traceId: string }>()
const traces = new Map<string, { current?: string; isSamePayload: boolean; traceId: string }>()
const runs: string[] = []
const crashRuns = new Map<string, number>()

let payload: Payload

const flakyTask = defineTask<Ref>({
  name: 'spec.flaky',
  handler: async ({ data, job, traceId }) => {
    attempts.set(data.ref, [...(attempts.get(data.ref) ?? []), job.retryCount])
    if (!fixedRefs.has(data.ref)) throw new Error(`boom ${data.ref}`)
    successes.set(data.ref, { data, jobId: job.id, traceId })
  },
  retryBackoff: false,
  retryDelaySeconds: 0,
  retryLimit: 2,
})

const traceTask = defineTask<Ref>({
  name: 'spec.trace',
  handler: async ({ data, payload: handlerPayload, traceId }) => {
    traces.set(data.ref, {
      current: currentTraceId(),
      isSamePayload: handlerPayload === payload,
      traceId,
    })
  },
})

const dedupeTask = defineTask<Ref>({
  name: 'spec.dedupe',
  handler: async ({ data }) => {
    runs.push(data.ref)
  },
})

const backoffTask = defineTask({
  name: 'spec.backoff',
  expireInSeconds: 60,
  handler: async () => undefined,
  retryBackoff: true,
  retryDelaySeconds: 300,
  retryLimit: 3,
})

const crashTask = defineTask<Ref>({
  name: 'spec.crash',
  // Short, so the dead worker's job is given up on within the test.
  expireInSeconds: 2,
  handler: async ({ job }) => {
    crashRuns.set(job.id, job.retryCount)
  },
  retryBackoff: false,
  retryDelaySeconds: 0,
  retryLimit: 1,
})

const idleTask = defineTask({ name: 'spec.idle', handler: async () => undefined })

// Clients without workers, for tests that must control who takes a job and when.
let backoffClient: QueueClient
let crashClient: QueueClient
let idleClient: QueueClient
let client: QueueClient
let child: ChildProcess | undefined

const sideClient = async (tasks: Parameters<typeof createQueueClient>[0]['tasks']) =>
  createQueueClient({
    ...TIMERS,
    connectionString: readEnv().databaseUrl,
    logger: payload.logger,
    tasks,
  })

beforeAll(async () => {
  payload = await startPayload()
  client = await startQueue({
    connection: TIMERS,
    payload,
    tasks: [flakyTask, traceTask, dedupeTask],
    workers: true,
  })
  backoffClient = await sideClient([backoffTask])
  crashClient = await sideClient([crashTask])
  idleClient = await sideClient([idleTask])
})

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  await stopQueue()
  for (const side of [backoffClient, crashClient, idleClient]) {
    if (side) await closeQueueClient({ client: side })
  }
})

const jobRow = async ({
  id,
  name,
  queue = client,
}: {
  id: string
  name: string
  queue?: QueueClient
}) => {
  const { rows } = await queue.pool.query<{
    output: { value?: { message?: string } } | null
    retry_count: number
    state: string
  }>(`select state, retry_count, output from ${SCHEMA}.job where name = $1 and id = $2`, [name, id])
  return rows[0]
}

describe('queue', () => {
  it('should keep one queue client per process', async () => {
    expect(await startQueue({ payload, tasks: [], workers: true })).toBe(client)
  })

  it('should move a job that keeps failing to the dead-letter queue, and run it again after a replay', async () => {
    const traceId = newTraceId()
    const ref = 'dlq-1'
    const { id } = await runWithTrace(traceId, () =>
      enqueue({ data: { ref }, name: flakyTask.name }),
    )

    const letter = await waitFor({
      check: async () =>
        (await listDeadLetters({ task: flakyTask.name })).find(
          (item) => (item.data as Ref).ref === ref,
        ),
      description: 'the dead letter',
    })
    // retryLimit 2: the first attempt and two retries, then the dead-letter queue.
    expect(attempts.get(ref)).toEqual([0, 1, 2])
    expect(letter).toMatchObject({
      data: { ref },
      error: { message: `boom ${ref}` },
      task: flakyTask.name,
      traceId,
    })
    expect((await jobRow({ id, name: flakyTask.name }))?.state).toBe('failed')

    fixedRefs.add(ref)
    const replayed = await replayDeadLetter({ id: letter.id })
    expect(replayed.task).toBe(flakyTask.name)

    const success = await waitFor({
      check: () => successes.get(ref),
      description: 'the replayed job to succeed',
    })
    expect(success).toEqual({ data: { ref }, jobId: replayed.id, traceId })
    expect((await listDeadLetters()).map((item) => item.id)).not.toContain(letter.id)
    expect((await jobRow({ id: letter.id, name: 'dead-letter' }))?.output).toEqual({
      replayedAs: replayed.id,
    })
    await expect(replayDeadLetter({ id: letter.id })).rejects.toThrow(DeadLetterNotFoundError)
  })

  it('should store the task retry options on the job and double the retry delay after each failure', async () => {
    const name = backoffTask.name
    // Deferred an hour, so only this test's explicit fetches take it.
    const { id } = await enqueue({ client: backoffClient, data: {}, name, startAfter: 3600 })
    const stored = await backoffClient.boss.getJobById(name, id)
    expect(stored).toMatchObject({
      deadLetter: 'dead-letter',
      retryBackoff: true,
      retryDelay: 300,
      retryLimit: 3,
    })
    expect(Number(stored?.expireInSeconds)).toBe(60)

    const waits: { retryCount: number; seconds: number; state: string }[] = []
    for (let failure = 0; failure < 3; failure++) {
      // As a worker would: claim it (ignoring the retry's start time), then report the failure.
      const [job] = await backoffClient.boss.fetch(name, { ignoreStartAfter: true })
      expect(job?.id).toBe(id)
      await backoffClient.boss.fail(name, id, new Error('still failing'))
      const { rows } = await backoffClient.pool.query<{
        retry_count: number
        seconds: number
        state: string
      }>(
        `select state, retry_count, extract(epoch from start_after - now())::float8 as seconds
         from ${SCHEMA}.job where name = $1 and id = $2`,
        [name, id],
      )
      waits.push({
        retryCount: rows[0].retry_count,
        seconds: rows[0].seconds,
        state: rows[0].state,
      })
    }
    expect(waits.map((wait) => [wait.state, wait.retryCount])).toEqual([
      ['retry', 0],
      ['retry', 1],
      ['retry', 2],
    ])
    // After failure n (from 0) pg-boss waits between 300 * 2^n and twice that (random jitter).
    // The 5 s margin is the time between the failure and this query, not a timing assertion.
    waits.forEach((wait, n) => {
      expect(wait.seconds).toBeGreaterThan(300 * 2 ** n - 5)
      expect(wait.seconds).toBeLessThanOrEqual(300 * 2 ** (n + 1))
    })
  })

  it('should run a job again on another worker after its worker was killed mid-job', async () => {
    const name = crashTask.name
    const { id } = await enqueue({ client: crashClient, data: { ref: 'crash-1' }, name })

    child = spawn(
      process.execPath,
      ['--import', 'tsx', path.resolve('test/fixtures/claimJobAndHang.ts'), name],
      {
        cwd: process.cwd(),
        env: { ...process.env, DATABASE_URL: readEnv().databaseUrl, QUEUE_SCHEMA: SCHEMA },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    const running = child
    const claimedId = await new Promise<string>((resolve, reject) => {
      createInterface({ input: running.stdout! }).on('line', (line) => {
        const match = /^claimed (\S+)$/.exec(line)
        if (match) resolve(match[1])
      })
      running.once('exit', (code) =>
        reject(new Error(`the hanging worker exited early (code ${code})`)),
      )
    })
    expect(claimedId).toBe(id)
    expect((await jobRow({ id, name, queue: crashClient }))?.state).toBe('active')

    running.kill('SIGKILL')
    await once(running, 'exit')

    // No worker runs this queue yet: pg-boss maintenance must notice the expiry and queue a retry.
    const expired = await waitFor({
      check: async () => {
        const row = await jobRow({ id, name, queue: crashClient })
        return row?.state !== 'active' && row
      },
      description: 'the abandoned job to expire',
    })
    expect(expired).toMatchObject({
      output: { value: { message: 'job failed by timeout in active state' } },
      state: 'retry',
    })

    await startWorkers({ client: crashClient, payload })
    const retryCount = await waitFor({
      check: () => crashRuns.get(id),
      description: 'a second worker to run the job',
    })
    expect(retryCount).toBe(1)
    await waitFor({
      check: async () => (await jobRow({ id, name, queue: crashClient }))?.state === 'completed',
      description: 'the job to complete',
    })
  }, 60_000)

  it('should run the handler inside the trace the job was enqueued in, with the Payload instance', async () => {
    const traceId = newTraceId()
    await runWithTrace(traceId, () => enqueue({ data: { ref: 'trace-1' }, name: traceTask.name }))
    const seen = await waitFor({
      check: () => traces.get('trace-1'),
      description: 'the traced job',
    })
    expect(seen).toEqual({ current: traceId, isSamePayload: true, traceId })
  })

  it('should give a job enqueued outside any trace a trace of its own', async () => {
    expect(currentTraceId()).toBeUndefined()
    await enqueue({ data: { ref: 'trace-2' }, name: traceTask.name })
    const seen = await waitFor({
      check: () => traces.get('trace-2'),
      description: 'the untraced job',
    })
    expect(seen.traceId).toMatch(/^[0-9a-f]{32}$/)
    expect(seen.current).toBe(seen.traceId)
  })

  it('should keep one job per dedupe key, also after it ran', async () => {
    const first = await enqueue({
      data: { ref: 'dedupe-1' },
      key: 'invoice-42',
      name: dedupeTask.name,
    })
    const second = await enqueue({
      data: { ref: 'dedupe-2' },
      key: 'invoice-42',
      name: dedupeTask.name,
    })
    expect(first.isDuplicate).toBe(false)
    expect(second).toEqual({ id: first.id, isDuplicate: true })

    await waitFor({
      check: async () =>
        (await jobRow({ id: first.id, name: dedupeTask.name }))?.state === 'completed',
      description: 'the job to run',
    })
    const third = await enqueue({
      data: { ref: 'dedupe-3' },
      key: 'invoice-42',
      name: dedupeTask.name,
    })
    expect(third).toEqual({ id: first.id, isDuplicate: true })
    const other = await enqueue({
      data: { ref: 'dedupe-4' },
      key: 'invoice-43',
      name: dedupeTask.name,
    })
    expect(other.isDuplicate).toBe(false)

    await waitFor({ check: () => runs.includes('dedupe-4'), description: 'the other key to run' })
    expect(runs).toEqual(['dedupe-1', 'dedupe-4'])
  })

  it('should refuse a task nobody registered instead of reporting a duplicate', async () => {
    await expect(enqueue({ data: {}, name: 'spec.nobody' })).rejects.toThrow(
      /Unknown task "spec.nobody"/,
    )
  })

  it('should report queued and running jobs and the age of the oldest due job per queue', async () => {
    const name = idleTask.name
    await enqueue({ client: idleClient, data: {}, name })
    const [running] = await idleClient.boss.fetch(name)
    expect(running).toBeDefined()
    // Due for an hour, and one deferred by an hour: both queued, only the first late.
    await enqueue({
      client: idleClient,
      data: {},
      name,
      startAfter: new Date(Date.now() - 3_600_000),
    })
    await enqueue({ client: idleClient, data: {}, name, startAfter: 3600 })

    const stats = await queueStats({ client: idleClient })
    const idle = stats.find((stat) => stat.queue === name)
    expect(idle).toMatchObject({ active: 1, depth: 3, queued: 2 })
    expect(idle?.oldestQueuedAgeSeconds).toBeGreaterThanOrEqual(3_590)
    expect(idle?.oldestQueuedAgeSeconds).toBeLessThan(3_700)
    expect(stats.map((stat) => stat.queue)).toEqual(
      expect.arrayContaining(['dead-letter', flakyTask.name, crashTask.name]),
    )
  })
})
