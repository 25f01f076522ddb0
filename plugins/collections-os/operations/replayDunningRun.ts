import type { Payload } from 'payload'

import { poolOf } from '../../../src/lib/db/poolOf'
import { enqueue } from '../../../src/lib/queue/enqueue'
import { listDeadLetters } from '../../../src/lib/queue/listDeadLetters'
import { DeadLetterNotFoundError, replayDeadLetter } from '../../../src/lib/queue/replayDeadLetter'
import { DUNNING_RUNS } from '../constants'
import { DUNNING_RUN_TASK } from '../tasks/dunningRunTask'

const REPLAYABLE = ['failed', 'dead-letter']

/** Dead letters scanned for the run's own; dunning dead letters are few, and each is replayed or archived. */
const DEAD_LETTER_SCAN = 1_000

/**
 * Puts a failed or dead-letter run back on the queue: the run is locked and set `queued`, then
 * its dead letter is replayed (same trace id, fresh retries, the letter marked replayed so nobody
 * replays it twice) or, with none left (a `failed` run still between retries, or an archived
 * letter), a new job is enqueued. Two replays racing: the second finds the run queued. A queue
 * failure rolls the status back. Replaying is safe for the owners: events and deliveries are
 * unique by key, so nobody is contacted twice. Returns null when the run is not replayable.
 */
export const replayDunningRun = async ({ payload, runId }: { payload: Payload; runId: number }) => {
  const connection = await poolOf(payload).connect()
  try {
    await connection.query('begin')
    const { rows } = await connection.query<{ attempts: null | string; status: string }>(
      'select status, attempts from dunning_runs where id = $1 for update',
      [runId],
    )
    if (!rows[0] || !REPLAYABLE.includes(rows[0].status)) {
      await connection.query('rollback')
      return null
    }
    await connection.query(`update dunning_runs set status = 'queued', error = null, updated_at = now() where id = $1`, [runId])
    const letters = await listDeadLetters({ limit: DEAD_LETTER_SCAN, task: DUNNING_RUN_TASK })
    const letter = letters.find((candidate) => (candidate.data as { runId?: number } | undefined)?.runId === runId)
    const isLetterReplayed = letter ? await replayLetter(letter.id) : false
    if (!isLetterReplayed) {
      // A key per attempt count: a retried request does not queue the same replay twice.
      await enqueue({ data: { runId }, key: `dunning-run:${runId}:replay-after-${Number(rows[0].attempts ?? 0)}`, name: DUNNING_RUN_TASK })
    }
    await connection.query('commit')
  } catch (err) {
    await connection.query('rollback')
    throw err
  } finally {
    connection.release()
  }
  return payload.findByID({ collection: DUNNING_RUNS, depth: 0, id: runId })
}

/** False when an operator replayed the letter in between: the caller then enqueues afresh. */
const replayLetter = async (id: string): Promise<boolean> => {
  try {
    await replayDeadLetter({ id })
    return true
  } catch (err) {
    if (err instanceof DeadLetterNotFoundError) return false
    throw err
  }
}
