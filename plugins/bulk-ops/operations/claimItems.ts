import { arrayParam, sql } from '../../../src/lib/db/transaction'
import type { SqlExecutor } from '../../../src/lib/db/transaction'
import type { ItemPreview } from '../engine/types'

/** A pending item as the worker executes it: the plan persisted by the dry-run is all it needs. */
export type ClaimedItem = {
  id: number
  apartmentId: number
  attempts: number
  buildingId: number
  idempotencyKey: string
  preview: ItemPreview
}

/**
 * The next pending items of a job that no other worker holds (SKIP LOCKED, the lock released at
 * once: this only picks the candidates of the next batch), leaving out those this run has tried.
 */
export const nextPendingItemIds = async ({
  db,
  exclude,
  jobId,
  limit,
}: {
  db: SqlExecutor
  exclude: readonly number[]
  jobId: number
  limit: number
}): Promise<number[]> =>
  (
    await db.execute<{ id: number }>(sql`
      select id from bulk_job_items
       where job_id = ${jobId} and status = 'pending' and id <> all(${arrayParam(exclude, 'int[]')})
       order by id limit ${limit} for update skip locked`)
  ).rows.map((row) => row.id)

/**
 * Locks the given items for the batch's transaction, those still pending and not held by another
 * worker: an item is executed by one transaction, once, whatever replays or crashed workers do.
 */
export const lockPendingItems = async ({
  db,
  ids,
}: {
  db: SqlExecutor
  ids: readonly number[]
}): Promise<ClaimedItem[]> => {
  const { rows } = await db.execute<{
    apartment_id: number
    attempts: string
    building_id: number
    id: number
    idempotency_key: string
    preview: ItemPreview
  }>(sql`
    select id, apartment_id, building_id, attempts, idempotency_key, preview from bulk_job_items
     where id = any(${arrayParam(ids, 'int[]')}) and status = 'pending' order by id for update skip locked`)
  return rows.map((row) => ({
    id: row.id,
    apartmentId: row.apartment_id,
    attempts: Number(row.attempts ?? 0),
    buildingId: row.building_id,
    idempotencyKey: row.idempotency_key,
    preview: row.preview,
  }))
}
