import type { PayloadRequest } from 'payload'

import { scopeOf } from '../../../src/access/scopeOf'
import type { ScopedUser } from '../../../src/access/scopeOf'
import { writeAuditEvent } from '../../../src/lib/audit/writeAuditEvents'
import { inTransaction } from '../../../src/lib/db/inTransaction'
import { sql } from '../../../src/lib/db/transaction'
import { conflict, forbidden, notFound } from '../../../src/lib/errors/domainError'
import { enqueue } from '../../../src/lib/queue/enqueue'
import { listDeadLetters } from '../../../src/lib/queue/listDeadLetters'
import { DeadLetterNotFoundError, replayDeadLetter } from '../../../src/lib/queue/replayDeadLetter'
import { DUNNING_RUNS } from '../constants'
import type { RUN_STATUSES } from '../constants'
import { isRunReplayable } from '../engine/isRunReplayable'
import { MAY_NOT_RUN, mayRunDunningFor } from '../engine/mayRunDunningFor'
import { DUNNING_RUN_TASK } from '../tasks/dunningRunTask'
import { undeliveredOfRuns } from './undeliveredOfRuns'

/** Dead letters scanned for the run's own; dunning dead letters are few, and each is replayed or archived. */
const DEAD_LETTER_SCAN = 1_000

/**
 * Puts a run back on the queue when it failed (between its retries, or a dead letter after them)
 * or completed with messages no provider accepted (`isRunReplayable`): the run is locked and set `queued`, then
 * its dead letter is replayed (same trace id, fresh retries, the letter marked replayed so nobody
 * replays it twice) or, with none left (a `failed` run still between retries, or an archived
 * letter, or a completed run), a new job is enqueued. Two replays racing: the second finds the run queued (409). A
 * queue failure rolls the status back. Replaying is safe for the owners: events and deliveries
 * are unique by key, so nobody is contacted twice. The replay is audited with `req`'s user as the
 * actor, in the same transaction. A user on `req` must be allowed to run the run's building
 * (`mayRunDunningFor`, 403); a run in no replayable state is a conflict (`run-not-replayable`).
 */
export const replayDunningRun = async ({ req, runId }: { req: PayloadRequest; runId: number }) => {
  await inTransaction(req, async (db) => {
    const { rows } = await db.execute<{
      attempts: null | string
      building_id: null | number
      error: null | string
      status: (typeof RUN_STATUSES)[number]
      tenant_id: number
    }>(
      sql`select status, attempts, error, tenant_id, building_id from dunning_runs where id = ${runId} for update`,
    )
    const run = rows[0]
    if (!run) throw notFound('Run not found')
    if (
      req.user &&
      !mayRunDunningFor({ buildingId: run.building_id, scope: scopeOf(req.user as ScopedUser) })
    ) {
      throw forbidden(MAY_NOT_RUN)
    }
    const undelivered = (await undeliveredOfRuns({ db, runIds: [runId] })).get(runId) ?? 0
    if (!isRunReplayable({ status: run.status, undelivered })) {
      throw conflict(
        'run-not-replayable',
        `Only a failed or dead-letter run, or one with messages no provider accepted, is replayed; this one is ${run.status}`,
      )
    }
    await db.execute(
      sql`update dunning_runs set status = 'queued', error = null, updated_at = now() where id = ${runId}`,
    )
    const letters = await listDeadLetters({ limit: DEAD_LETTER_SCAN, task: DUNNING_RUN_TASK })
    const letter = letters.find(
      (candidate) => (candidate.data as { runId?: number } | undefined)?.runId === runId,
    )
    const isLetterReplayed = letter ? await replayLetter(letter.id) : false
    if (!isLetterReplayed) {
      // A key per attempt count: a retried request does not queue the same replay twice.
      await enqueue({
        data: { runId },
        key: `dunning-run:${runId}:replay-after-${Number(run.attempts ?? 0)}`,
        name: DUNNING_RUN_TASK,
      })
    }
    await writeAuditEvent({
      event: {
        action: 'dunning-run.replayed',
        after: { deadLetter: isLetterReplayed ? letter?.id : null, status: 'queued' },
        before: { attempts: Number(run.attempts ?? 0), error: run.error, status: run.status },
        entityId: runId,
        entityType: DUNNING_RUNS,
        tenant: run.tenant_id,
      },
      req,
    })
  })
  return req.payload.findByID({ collection: DUNNING_RUNS, depth: 0, id: runId, req })
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
