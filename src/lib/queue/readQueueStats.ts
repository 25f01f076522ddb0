import { RESERVED_QUEUE_PREFIX } from './constants'

/** What the gauges need of a pg pool (Payload's `payload.db.pool` fits). */
export type Queryable = {
  query: (sql: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

export type QueueGaugeStat = {
  /** Jobs a worker is running now. */
  active: number
  /** Jobs waiting for a worker: new or awaiting a retry, including ones deferred to later. */
  depth: number
  /** Seconds the longest-waiting due job has waited since it became runnable; 0 when none is due. */
  oldestJobAgeSeconds: number
  queue: string
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/

/**
 * Depth, running jobs and oldest due job per pg-boss queue, read straight from pg-boss 10's
 * tables (`queue`, and `job`, partitioned by queue name: `created`/`retry` until a worker fetches
 * a job, then `active`), so it needs no running pg-boss: the metrics gauges read it on any
 * instance, and `queueStats()` reads it through the running client. No schema yet (pg-boss never started on this database): no queues, not an
 * error. A queue without jobs reports zeros.
 */
export const readQueueStats = async ({
  pool,
  schema = 'pgboss',
}: {
  pool: Queryable
  schema?: string
}): Promise<QueueGaugeStat[]> => {
  if (!IDENTIFIER.test(schema)) throw new Error(`Invalid pg-boss schema name: ${schema}`)
  const { rows: tables } = await pool.query(
    'select to_regclass($1) as job, to_regclass($2) as queue',
    [`${schema}.job`, `${schema}.queue`],
  )
  if (!tables[0]?.job || !tables[0]?.queue) return []
  const { rows } = await pool.query(
    `select q.name as queue,
       count(j.id) filter (where j.state in ('created', 'retry'))::int as depth,
       count(j.id) filter (where j.state = 'active')::int as active,
       coalesce(extract(epoch from now() - min(j.start_after)
         filter (where j.state in ('created', 'retry') and j.start_after <= now())), 0)::float8 as age
     from ${schema}.queue q
     left join ${schema}.job j on j.name = q.name and j.state in ('created', 'retry', 'active')
     where not starts_with(q.name, $1)
     group by q.name
     order by q.name`,
    [RESERVED_QUEUE_PREFIX],
  )
  return rows.map((row) => ({
    active: Number(row.active),
    depth: Number(row.depth),
    oldestJobAgeSeconds: Math.max(0, Number(row.age)),
    queue: String(row.queue),
  }))
}
