import type { BulkJobStatus } from '../constants'
import { sql } from '../../../src/lib/db/transaction'
import type { SqlExecutor } from '../../../src/lib/db/transaction'

/**
 * Locks a job's row for the rest of the transaction and reads its status: a dry-run, an execute,
 * a retry or a cancel of the same job wait for each other and then see each other's outcome.
 */
export const lockJob = async ({
  db,
  jobId,
}: {
  db: SqlExecutor
  jobId: number
}): Promise<{ finishedAt: null | string; status: BulkJobStatus }> => {
  const { rows } = await db.execute<{ finished_at: null | string; status: BulkJobStatus }>(
    sql`select status, finished_at::text from bulk_jobs where id = ${jobId} for update`,
  )
  return { finishedAt: rows[0].finished_at, status: rows[0].status }
}
