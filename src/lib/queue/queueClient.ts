import type { Payload } from 'payload'
import pg from 'pg'
import PgBoss from 'pg-boss'

import { DEAD_LETTER_QUEUE } from './constants'
import type { TaskDefinition } from './defineTask'
import { taskQueueOptions } from './taskQueueOptions'

/** A connection to the queue: pg-boss, the pool it runs on, and the tasks this process knows. */
export type QueueClient = {
  boss: PgBoss
  pollingIntervalSeconds: number
  /** pg-boss's pool, shared so dead-letter replays can run in a transaction of their own. */
  pool: pg.Pool
  /** pg-boss's schema; never Payload's. */
  schema: string
  tasks: ReadonlyMap<string, TaskDefinition>
}

export type QueueConnectionOptions = {
  connectionString: string
  /** How often expired jobs are failed (and retried) and finished ones archived. @default 60 */
  maintenanceIntervalSeconds?: number
  /** How often an idle worker asks for a job. @default 2 */
  pollingIntervalSeconds?: number
  /** @default 5 */
  poolMax?: number
  /** @default 'pgboss' */
  schema?: string
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,49}$/

/**
 * Connects to pg-boss on the app's database, creates or migrates its schema (under pg-boss's
 * advisory lock, so any number of instances may start at once) and makes sure the dead-letter
 * queue and one queue per task exist with the task's current retry and expiry settings.
 */
export const createQueueClient = async ({
  connectionString,
  logger,
  maintenanceIntervalSeconds = 60,
  pollingIntervalSeconds = 2,
  poolMax = 5,
  schema = 'pgboss',
  tasks,
}: QueueConnectionOptions & {
  logger: Payload['logger']
  tasks: TaskDefinition[]
}): Promise<QueueClient> => {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`Invalid queue schema name "${schema}"`)
  const byName = new Map<string, TaskDefinition>()
  for (const task of tasks) {
    if (byName.has(task.name)) throw new Error(`Task "${task.name}" is registered twice`)
    taskQueueOptions(task)
    byName.set(task.name, task)
  }

  const pool = new pg.Pool({
    application_name: 'building-office-queue',
    connectionString,
    max: poolMax,
  })
  pool.on('error', (err) => logger.error({ err, msg: 'queue: idle database connection failed' }))
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    maintenanceIntervalSeconds,
    pollingIntervalSeconds,
    // Schedules come from node-cron (src/lib/scheduler), not pg-boss's own cron.
    schedule: false,
    schema,
  })
  // Without a listener an 'error' event would crash the process.
  boss.on('error', (err) => logger.error({ err, msg: 'queue: pg-boss error' }))

  try {
    await boss.start()
    await boss.createQueue(DEAD_LETTER_QUEUE)
    for (const task of byName.values()) {
      const options = taskQueueOptions(task)
      await boss.createQueue(task.name, options)
      // createQueue keeps an existing row as it is; a changed task definition applies from this start.
      await boss.updateQueue(task.name, options)
    }
  } catch (err) {
    await boss.stop({ graceful: false }).catch(() => {})
    await pool.end()
    throw err
  }
  return { boss, pollingIntervalSeconds, pool, schema, tasks: byName }
}

/** Stops fetching, waits up to `timeoutMs` for running jobs, fails what is still running, closes the pool. */
export const closeQueueClient = async ({
  client,
  timeoutMs = 30_000,
}: {
  client: QueueClient
  timeoutMs?: number
}) => {
  await client.boss.stop({ graceful: true, timeout: timeoutMs })
  await client.pool.end()
}
