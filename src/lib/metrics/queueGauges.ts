import { Gauge } from 'prom-client'
import type { Metric, Registry } from 'prom-client'

import { readQueueStats } from '../queue/readQueueStats'
import type { Queryable, QueueGaugeStat } from '../queue/readQueueStats'

/** Where the gauges read from; filled in at run time (see `trackQueueStats`). */
export type QueueStatsSource = {
  onError?: (err: unknown) => void
  pool?: Queryable
  /** pg-boss schema. @default 'pgboss' */
  schema?: string
}

type Once = <M extends Metric>(name: string, create: () => M) => M

type Field = 'active' | 'depth' | 'oldestJobAgeSeconds'

/**
 * `queue_depth`, `queue_active_jobs` and `queue_oldest_job_age_seconds`, per queue, read at
 * scrape time. A failed read is reported through `onError` and yields no series: the rest of the
 * scrape (HTTP latency and friends) must not go down with the queue tables.
 */
export const queueGauges = ({
  once,
  registry,
  source,
}: {
  once: Once
  registry: Registry
  source: QueueStatsSource
}) => {
  // prom-client collects all metrics of a scrape concurrently: the gauges share one query.
  let pending: Promise<QueueGaugeStat[]> | undefined
  const read = async (): Promise<QueueGaugeStat[]> => {
    if (!source.pool) return []
    try {
      return await readQueueStats({ pool: source.pool, schema: source.schema })
    } catch (err) {
      source.onError?.(err)
      return []
    }
  }
  const stats = () => (pending ??= read().finally(() => (pending = undefined)))

  const gauge = ({ field, help, name }: { field: Field; help: string; name: string }) =>
    once(
      name,
      () =>
        new Gauge({
          async collect() {
            const rows = await stats()
            // Reset first, so a deleted queue disappears instead of keeping its last value.
            this.reset()
            for (const row of rows) this.set({ queue: row.queue }, row[field])
          },
          help,
          labelNames: ['queue'] as const,
          name,
          registers: [registry],
        }),
    )

  return {
    queueActiveJobs: gauge({
      field: 'active',
      help: 'Jobs a worker is running now, per pg-boss queue',
      name: 'queue_active_jobs',
    }),
    queueDepth: gauge({
      field: 'depth',
      help: 'Jobs waiting for a worker (new or awaiting a retry), per pg-boss queue',
      name: 'queue_depth',
    }),
    queueOldestJobAge: gauge({
      field: 'oldestJobAgeSeconds',
      help: 'Seconds the oldest due job of each pg-boss queue has been waiting',
      name: 'queue_oldest_job_age_seconds',
    }),
  }
}
