import type { PayloadRequest } from 'payload'

import { arrayParam, sql } from '../../../src/lib/db/transaction'
import type { SqlExecutor } from '../../../src/lib/db/transaction'
import { auditBulk } from './bulkAudit'
import type { WorkerJob } from './workerJob'

export type ItemFailure = { code: string; itemId: number; message: string }

type ErrorLike = {
  cause?: { code?: unknown; message?: unknown }
  code?: unknown
  message?: unknown
}

/**
 * What went wrong, for the item and its `bulk-job-errors` row: a short stable code (`db-<SQLSTATE>`
 * for a database error, else `error`) and the message. Drizzle wraps a database error in "Failed
 * query: <sql>": the driver's own error (its `cause`) says what the database refused.
 */
export const describeError = (err: unknown): { code: string; message: string } => {
  const error = (err ?? {}) as ErrorLike
  const sqlState = typeof error.code === 'string' ? error.code : error.cause?.code
  const message =
    typeof error.cause?.message === 'string'
      ? error.cause.message
      : typeof error.message === 'string'
        ? error.message
        : String(err)
  return {
    code:
      typeof sqlState === 'string' && /^[0-9A-Z]{5}$/.test(sqlState) ? `db-${sqlState}` : 'error',
    message,
  }
}

export const failureOf = (err: unknown, itemId: number): ItemFailure => ({
  ...describeError(err),
  itemId,
})

/**
 * Marks pending items failed in `req`'s transaction and keeps each attempt in `bulk-job-errors`
 * (code, message, attempt number), counts them on the job and audits each. A retry resets them to
 * pending; their error rows stay, so the history of attempts remains readable.
 */
export const recordItemFailures = async ({
  db,
  failures,
  job,
  req,
}: {
  db: SqlExecutor
  failures: ItemFailure[]
  job: WorkerJob
  req: PayloadRequest
}): Promise<number> => {
  if (failures.length === 0) return 0
  const { rows } = await db.execute<{ attempt: string; id: number; idempotency_key: string }>(sql`
    with failed as (
      update bulk_job_items i set status = 'failed', attempts = coalesce(i.attempts, 0) + 1, error = x.message, finished_at = now(), updated_at = now()
        from unnest(${arrayParam(
          failures.map((f) => f.itemId),
          'int[]',
        )}, ${arrayParam(
          failures.map((f) => f.message.slice(0, 2_000)),
          'varchar[]',
        )})
             as x(id, message)
       where i.id = x.id and i.job_id = ${job.id} and i.status = 'pending'
      returning i.id, i.tenant_id, i.job_id, i.building_id, i.attempts, i.idempotency_key, x.message
    ), logged as (
      insert into bulk_job_errors (tenant_id, job_id, item_id, building_id, code, message, attempt, at)
      select f.tenant_id, f.job_id, f.id, f.building_id, x.code, f.message, f.attempts, now()
        from failed f join unnest(${arrayParam(
          failures.map((f) => f.itemId),
          'int[]',
        )}, ${arrayParam(
          failures.map((f) => f.code),
          'varchar[]',
        )}) as x(id, code)
          on x.id = f.id
    )
    select id, attempts::text as attempt, idempotency_key from failed`)
  await db.execute(
    sql`update bulk_jobs set items_failed = coalesce(items_failed, 0) + ${rows.length}, updated_at = now() where id = ${job.id}`,
  )
  const byId = new Map(failures.map((f) => [f.itemId, f]))
  await auditBulk({
    items: rows.map((row) => ({
      action: 'bulk-job-item.failed',
      after: {
        attempt: Number(row.attempt),
        code: byId.get(row.id)?.code,
        job: job.id,
        message: byId.get(row.id)?.message,
      },
      idempotencyKey: row.idempotency_key,
      itemId: row.id,
      tenant: job.tenant,
    })),
    req,
  })
  return rows.length
}
