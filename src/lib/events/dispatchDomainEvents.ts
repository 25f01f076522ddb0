import type PgBoss from 'pg-boss'

import { metrics } from '../metrics/registry'
import { dedupeJobId } from '../queue/dedupeJobId'
import type { JobEnvelope } from '../queue/jobEnvelope'
import type { QueueClient } from '../queue/queueClient'
import { newTraceId } from '../trace/traceContext'
import type { ListenerDefinition } from './defineListener'
import { listenerTaskName } from './listenerTask'

/** Events taken from the outbox per transaction. */
export const DISPATCH_BATCH = 500

type OutboxRow = { id: string; trace_id: null | string; type: string }

/**
 * Moves committed events from the outbox to their listeners' queues, in one transaction on the
 * queue's pool: the oldest undispatched events (`FOR UPDATE SKIP LOCKED`, so dispatchers of several
 * processes share the work), one job per (event, listener of its type) inserted with a job id
 * derived from both, and the events marked dispatched. A crash before the commit leaves the
 * events undispatched and nothing queued; a second dispatch of the same event (after a lost
 * commit acknowledgement) inserts nothing new, because the job ids repeat. An event nobody
 * listens to is marked dispatched with no job. Returns how many events it dispatched.
 */
export const dispatchDomainEvents = async ({
  client,
  limit = DISPATCH_BATCH,
  listeners,
}: {
  client: QueueClient
  limit?: number
  listeners: readonly ListenerDefinition[]
}): Promise<number> => {
  const connection = await client.pool.connect()
  try {
    await connection.query('begin')
    const { rows } = await connection.query<OutboxRow>(
      `select id::text, type, trace_id from public.domain_events
        where dispatched_at is null order by id limit $1 for update skip locked`,
      [limit],
    )
    if (rows.length === 0) {
      await connection.query('commit')
      return 0
    }
    const jobs: PgBoss.JobInsert<JobEnvelope<{ eventId: number }>>[] = rows.flatMap((row) =>
      listeners
        .filter((listener) => (listener.on as readonly string[]).includes(row.type))
        .map((listener) => {
          const task = listenerTaskName(listener)
          // pg-boss drops a job whose queue does not exist without a word: say so instead.
          if (!client.tasks.has(task)) throw new Error(`No queue for listener ${listener.name}`)
          const key = `event:${row.id}`
          const traceId = row.trace_id ?? newTraceId()
          return {
            data: { data: { eventId: Number(row.id) }, key, task, traceId },
            id: dedupeJobId({ key, name: task }),
            name: task,
          }
        }),
    )
    if (jobs.length > 0) {
      await client.boss.insert(jobs, {
        db: { executeSql: (text, values) => connection.query(text, values) },
      })
    }
    await connection.query(
      `update public.domain_events set dispatched_at = now() where id = any($1::bigint[])`,
      [rows.map((row) => row.id)],
    )
    await connection.query('commit')
    for (const row of rows) metrics.domainEventsDispatched.inc({ type: row.type })
    return rows.length
  } catch (err) {
    await connection.query('rollback')
    throw err
  } finally {
    connection.release()
  }
}
