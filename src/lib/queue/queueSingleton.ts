import type { Payload } from 'payload'

import { readEnv } from '../env'
import type { TaskDefinition } from './defineTask'
import { closeQueueClient, createQueueClient } from './queueClient'
import type { QueueClient, QueueConnectionOptions } from './queueClient'
import { startWorkers } from './startWorkers'

type QueueState = {
  client: Promise<QueueClient>
  workers?: Promise<void>
}

// On globalThis, not in module scope: Next.js may evaluate this module more than once per process,
// and two pg-boss instances would mean two sets of workers and timers.
const KEY = Symbol.for('building-office.queue')
const store = globalThis as typeof globalThis & { [KEY]?: QueueState }

/**
 * Starts this process's queue client (once) and, with `workers`, its workers (once). Later calls
 * return the running client; one with `workers: true` adds the workers to a send-only client.
 * `connection` overrides what the environment says (tests use short timers and their own schema).
 */
export const startQueue = async ({
  connection,
  payload,
  tasks,
  workers,
}: {
  connection?: Partial<QueueConnectionOptions>
  payload: Payload
  tasks: TaskDefinition[]
  workers: boolean
}): Promise<QueueClient> => {
  let state = store[KEY]
  if (!state) {
    const env = readEnv()
    const client = createQueueClient({
      connectionString: env.databaseUrl,
      logger: payload.logger,
      maintenanceIntervalSeconds: env.queue.maintenanceIntervalSeconds,
      pollingIntervalSeconds: env.queue.pollingIntervalSeconds,
      poolMax: env.queue.poolMax,
      schema: env.queue.schema,
      tasks,
      ...connection,
    })
    state = { client }
    store[KEY] = state
    // A failed start must not leave a rejected promise behind for every later call.
    client.catch(() => {
      if (store[KEY] === state) delete store[KEY]
    })
  }
  const client = await state.client
  if (workers && !state.workers) {
    state.workers = startWorkers({ client, payload })
    payload.logger.info({
      msg: `queue: workers started for ${[...client.tasks.keys()].join(', ') || 'no tasks'}`,
    })
  }
  await state.workers
  return client
}

/** The running client of this process; throws when `startQueue` has not run. */
export const activeQueueClient = async (): Promise<QueueClient> => {
  const state = store[KEY]
  if (!state)
    throw new Error(
      'The queue is not started: call startQueue() first (payload.config onInit does it)',
    )
  return state.client
}

/** Stops this process's queue gracefully (see `closeQueueClient`). Does nothing when not started. */
export const stopQueue = async ({ timeoutMs }: { timeoutMs?: number } = {}): Promise<void> => {
  const state = store[KEY]
  if (!state) return
  delete store[KEY]
  const client = await state.client.catch(() => undefined)
  if (client) await closeQueueClient({ client, timeoutMs })
}
