import type { SQL, SqlExecutor } from './transaction'

/**
 * Runs `statement` (a delete of at most `batchSize` rows that selects their number as `count`)
 * until a batch comes back short, so no statement holds many row locks however much there is to
 * delete. Returns how many rows were deleted in all. The housekeeping tasks share it.
 */
export const deleteInBatches = async ({
  batchSize,
  db,
  statement,
}: {
  batchSize: number
  db: SqlExecutor
  statement: SQL
}): Promise<number> => {
  let deleted = 0
  for (;;) {
    const { rows } = await db.execute<{ count: string }>(statement)
    const count = Number(rows[0]?.count ?? 0)
    deleted += count
    if (count < batchSize) return deleted
  }
}
