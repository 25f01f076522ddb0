import type { PayloadRequest } from 'payload'

import { dbFor } from '../../../src/lib/db/transaction'
import type { SqlExecutor } from '../../../src/lib/db/transaction'
import { metrics } from '../../../src/lib/metrics/registry'
import { EXECUTION_BATCH_SIZE, halves } from '../engine/batches'
import { lockPendingItems, nextPendingItemIds } from './claimItems'
import type { ClaimedItem } from './claimItems'
import { inTransaction } from '../../../src/lib/db/inTransaction'
import { failureOf, recordItemFailures } from './recordItemFailures'
import type { BatchCounts, WorkerJob } from './workerJob'

export type ApplyBatch = (args: {
  db: SqlExecutor
  items: ClaimedItem[]
  job: WorkerJob
  req: PayloadRequest
}) => Promise<BatchCounts>

const countInto = (job: WorkerJob, counts: BatchCounts) => {
  for (const status of ['succeeded', 'skipped', 'failed'] as const) {
    if (counts[status] > 0) metrics.bulkJobItems.inc({ action: job.action, status }, counts[status])
  }
}

/**
 * Executes a job's pending items in batches of `batchSize`, each batch in one
 * transaction (`applyBatch` writes the effects, item statuses, counters and audit events in it).
 * A batch that throws is rolled back and split in halves, down to single items, so a bad item
 * fails alone, recorded with its error, and every other item still succeeds. An item seen once
 * is not picked up again by this run, so a run always ends.
 */
export const executeItemBatches = async ({
  applyBatch,
  batchSize = EXECUTION_BATCH_SIZE,
  job,
  req,
}: {
  applyBatch: ApplyBatch
  /** @default EXECUTION_BATCH_SIZE */
  batchSize?: number
  job: WorkerJob
  req: PayloadRequest
}): Promise<void> => {
  const seen = new Set<number>()

  const runBatch = async (ids: number[]): Promise<void> => {
    try {
      const counts = await inTransaction(req, async (db) => {
        const items = await lockPendingItems({ db, ids })
        return items.length === 0 ? null : applyBatch({ db, items, job, req })
      })
      if (counts) countInto(job, counts)
    } catch (err) {
      if (ids.length > 1) {
        for (const half of halves(ids)) await runBatch(half)
        return
      }
      req.payload.logger.warn({ err, itemId: ids[0], jobId: job.id, msg: 'bulk-ops: item failed' })
      const failed = await inTransaction(req, (db) =>
        recordItemFailures({ db, failures: [failureOf(err, ids[0])], job, req }),
      )
      countInto(job, { failed, skipped: 0, succeeded: 0 })
    }
  }

  for (;;) {
    const ids = await nextPendingItemIds({
      db: await dbFor(req),
      exclude: [...seen],
      jobId: job.id,
      limit: batchSize,
    })
    if (ids.length === 0) return
    ids.forEach((id) => seen.add(id))
    await runBatch(ids)
  }
}
