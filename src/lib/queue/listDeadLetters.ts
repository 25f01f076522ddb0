import { DEAD_LETTER_QUEUE } from './constants'
import type { JobEnvelope } from './jobEnvelope'
import type { QueueClient } from './queueClient'
import { activeQueueClient } from './queueSingleton'

export type DeadLetter = {
  /** The dead letter's own job id (pass it to `replayDeadLetter`); not the failed job's id. */
  id: string
  data: unknown
  /** What the last attempt threw (pg-boss's serialised error), or the expiry notice. */
  error: unknown
  failedAt: Date
  key?: string
  task: string
  traceId: string
}

/**
 * Jobs that used up their retries, oldest first. pg-boss 10 has no API to list jobs without
 * fetching (claiming) them, so this reads its `job` table; `pgboss.version` 24 is the layout.
 */
export const listDeadLetters = async ({
  client,
  limit = 100,
  task,
}: { client?: QueueClient; limit?: number; task?: string } = {}): Promise<DeadLetter[]> => {
  const queue = client ?? (await activeQueueClient())
  const { rows } = await queue.pool.query<{
    created_on: Date
    data: JobEnvelope
    id: string
    output: unknown
  }>(
    `select id, data, output, created_on from ${queue.schema}.job
     where name = $1 and state = 'created' and ($2::text is null or data->>'task' = $2)
     order by created_on, id
     limit $3`,
    [DEAD_LETTER_QUEUE, task ?? null, limit],
  )
  return rows.map((row) => ({
    id: row.id,
    data: row.data?.data,
    error: row.output,
    failedAt: row.created_on,
    key: row.data?.key,
    task: row.data?.task,
    traceId: row.data?.traceId,
  }))
}
