import { randomUUID } from 'node:crypto'

import { DEAD_LETTER_QUEUE } from './constants'
import type { JobEnvelope } from './jobEnvelope'
import type { QueueClient } from './queueClient'
import { activeQueueClient } from './queueSingleton'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export class DeadLetterNotFoundError extends Error {
  constructor(id: string) {
    super(`No dead letter ${id} waiting for replay (wrong id, already replayed, or archived)`)
    this.name = 'DeadLetterNotFoundError'
  }
}

/**
 * Puts a dead letter back on its task's queue as a new job with the same data and trace id and a
 * fresh set of retries. In one transaction the dead letter is marked completed (output
 * `{ replayedAs }`, so it stays inspectable until archived) and the new job inserted: two
 * operators replaying the same letter produce one job, and a failed insert leaves the letter.
 */
export const replayDeadLetter = async ({
  client,
  id,
}: {
  client?: QueueClient
  id: string
}): Promise<{ id: string; task: string }> => {
  const queue = client ?? (await activeQueueClient())
  if (!UUID.test(id)) throw new DeadLetterNotFoundError(id)
  const newId = randomUUID()
  const connection = await queue.pool.connect()
  try {
    await connection.query('begin')
    const { rows } = await connection.query<{ data: JobEnvelope }>(
      `update ${queue.schema}.job
       set state = 'completed', completed_on = now(), output = jsonb_build_object('replayedAs', $3::text)
       where name = $1 and id = $2 and state = 'created'
       returning data`,
      [DEAD_LETTER_QUEUE, id, newId],
    )
    const envelope = rows[0]?.data
    if (!envelope) throw new DeadLetterNotFoundError(id)
    if (!queue.tasks.has(envelope.task))
      throw new Error(`Dead letter ${id} belongs to unknown task "${envelope.task}"`)
    // The deterministic id of a deduped job may still be taken by the failed original: use a new one.
    await queue.boss.send(envelope.task, envelope, {
      db: { executeSql: (text, values) => connection.query(text, values) },
      id: newId,
    })
    await connection.query('commit')
    return { id: newId, task: envelope.task }
  } catch (err) {
    await connection.query('rollback')
    throw err
  } finally {
    connection.release()
  }
}
