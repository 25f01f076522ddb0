import { randomUUID } from 'node:crypto'

import { currentTraceId, newTraceId } from '../trace/traceContext'
import { dedupeJobId } from './dedupeJobId'
import type { JobEnvelope } from './jobEnvelope'
import type { QueueClient } from './queueClient'
import { activeQueueClient } from './queueSingleton'

export type EnqueueArgs<Data> = {
  name: string
  /** Defaults to this process's running queue (`startQueue`). */
  client?: QueueClient
  /** JSON-serialisable. */
  data: Data
  /**
   * At most one job per (task, key): a second enqueue with the same key returns the first job's
   * id with `isDuplicate: true`. Holds while the first job is queued, running, retrying, and until
   * pg-boss archives it (12 hours after it completes or fails).
   */
  key?: string
  /** Not before this time (a Date) or this many seconds from now. */
  startAfter?: Date | number
}

export type EnqueueResult = { id: string; isDuplicate: boolean }

/**
 * Puts a job on a task's queue, stamped with the current trace id (or a new one), which the
 * handler later runs under. A dedupe key becomes a deterministic job id (`dedupeJobId`) rather
 * than a pg-boss singleton key: in pg-boss 10 a singleton key alone only dedupes under special
 * queue policies or time slots taken from the database clock at insert time, while the id is
 * unique per queue for as long as the job row lives.
 */
export const enqueue = async <Data>({
  client,
  data,
  key,
  name,
  startAfter,
}: EnqueueArgs<Data>): Promise<EnqueueResult> => {
  const queue = client ?? (await activeQueueClient())
  // pg-boss answers null both for a duplicate and for a queue that does not exist: rule out the second.
  if (!queue.tasks.has(name))
    throw new Error(`Unknown task "${name}": register it with registerTasks()`)
  const id = key === undefined ? randomUUID() : dedupeJobId({ key, name })
  const envelope: JobEnvelope<Data> = {
    data,
    key,
    task: name,
    traceId: currentTraceId() ?? newTraceId(),
  }
  const created = await queue.boss.send(name, envelope, { id, startAfter })
  return { id, isDuplicate: created === null }
}
