import type { QueueClient } from './queueClient'
import { activeQueueClient } from './queueSingleton'
import { readQueueStats } from './readQueueStats'
import type { Queryable } from './readQueueStats'

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
export const queueStats = async ({ client }: { client?: QueueClient } = {}): Promise<
  QueueStat[]
> => {
  const queue = client ?? (await activeQueueClient())
  const stats = await readQueueStats({
    pool: queue.pool as unknown as Queryable,
    schema: queue.schema,
  })
  return stats.map((stat) => ({
    active: stat.active,
    depth: stat.depth + stat.active,
    oldestQueuedAgeSeconds: stat.oldestJobAgeSeconds,
    queue: stat.queue,
    queued: stat.depth,
  }))
}
