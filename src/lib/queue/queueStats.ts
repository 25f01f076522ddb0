import { RESERVED_QUEUE_PREFIX } from './constants'
import type { QueueClient } from './queueClient'
import { activeQueueClient } from './queueSingleton'

export type QueueStat = {
  /** Jobs a worker is running now. */
  active: number
  /** queued + active. */
  depth: number
  /**
   * Seconds the longest-waiting due job has waited since it became runnable (its `startAfter`, or
   * the end of its retry backoff); 0 when none is due. A job deferred to later is queued but not late.
   */
  oldestQueuedAgeSeconds: number
  queue: string
  /** Jobs waiting for a worker: new, or awaiting a retry (including those deferred to later). */
  queued: number
}

/**
 * Depth and lag of every queue in the schema (the dead-letter queue's depth is the number of dead
 * letters), read in one query from pg-boss's tables, so any instance reports every queue.
 */
export const queueStats = async ({ client }: { client?: QueueClient } = {}): Promise<QueueStat[]> => {
  const queue = client ?? (await activeQueueClient())
  const { rows } = await queue.pool.query<{ active: number; age: number; name: string; queued: number }>(
    `select q.name,
       count(j.id) filter (where j.state in ('created', 'retry'))::int as queued,
       count(j.id) filter (where j.state = 'active')::int as active,
       coalesce(extract(epoch from now() - min(j.start_after)
         filter (where j.state in ('created', 'retry') and j.start_after <= now())), 0)::float8 as age
     from ${queue.schema}.queue q
     left join ${queue.schema}.job j on j.name = q.name and j.state in ('created', 'retry', 'active')
     where not starts_with(q.name, $1)
     group by q.name
     order by q.name`,
    [RESERVED_QUEUE_PREFIX],
  )
  return rows.map((row) => ({
    active: row.active,
    depth: row.queued + row.active,
    oldestQueuedAgeSeconds: Math.max(0, row.age),
    queue: row.name,
    queued: row.queued,
  }))
}
