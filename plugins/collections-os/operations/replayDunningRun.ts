import type { Payload } from 'payload'

import { enqueue } from '../../../src/lib/queue/enqueue'
import { DUNNING_RUNS } from '../constants'
import type { DunningRun } from '../../../payload-types'
import { DUNNING_RUN_TASK } from '../tasks/dunningRunTask'

/** Run statuses an operator may replay: it failed, and nothing is working on it now. */
export const REPLAYABLE_STATUSES: readonly DunningRun['status'][] = ['failed', 'dead-letter']

/**
 * Puts a failed or dead-letter run back on the queue as a replay (see `executeDunningRun`): the
 * run keeps its day, so it plans the same contacts, and its keys make sure nobody gets a second
 * message. Two operators replaying at once queue it once: the job key names the run's attempt
 * count, which only an execution changes. Returns null when the run is not replayable.
 */
export const replayDunningRun = async ({ payload, runId }: { payload: Payload; runId: number }): Promise<DunningRun | null> => {
  const { docs } = await payload.update({
    collection: DUNNING_RUNS,
    data: { error: null, status: 'queued' },
    depth: 0,
    where: { and: [{ id: { equals: runId } }, { status: { in: [...REPLAYABLE_STATUSES] } }] },
  })
  const run = docs[0]
  if (!run) return null
  // A fresh job id per replay: the dead job keeps the run's original key until pg-boss archives it.
  await enqueue({ data: { isReplay: true, runId }, key: `dunning-run:${runId}:replay:${run.attempts ?? 0}`, name: DUNNING_RUN_TASK })
  return run
}
