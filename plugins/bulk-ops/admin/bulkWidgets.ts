import type { PayloadRequest } from 'payload'

import { dbFor, sql } from '../../../src/lib/db/transaction'
import { jobWithinBuildings } from '../operations/jobWithinBuildings'

/** What the office dashboard and the top of the Bulk Center show about bulk jobs (NC-305). */
export type BulkWidgets = {
  /** Jobs a worker is executing now. */
  activeJobs: number
  /** Jobs dry-run and waiting for someone to execute them. */
  awaitingExecution: number
  /** Average seconds from start to finish over the latest finished executions; null without any. */
  averageCompletionSeconds: null | number
  /** Failed items of the jobs below (what a retry would take again). */
  failedItems: number
  /** Jobs that failed as a whole within the window. */
  failedJobs: number
  /** How many finished executions the average is over. */
  finishedSampled: number
  /** Jobs that finished with failed items within the window. */
  jobsWithErrors: number
  windowDays: number
}

type Row = {
  active: string
  avg_seconds: null | string
  awaiting: string
  failed: string
  failed_items: string
  sampled: string
  with_errors: string
}

/**
 * The bulk widgets of one office in one statement, whatever the number of jobs: counters by
 * status, failures of the last `windowDays` days (with the failed items their counters hold) and
 * the mean run time of the latest `sample` finished executions. Jobs are narrowed as the
 * collection's read access narrows them: a manager (`buildingIds`) sees the jobs that cover their
 * buildings only; office staff (`buildingIds: null`) every job of the office.
 */
export const bulkWidgets = async ({
  buildingIds,
  officeId,
  req,
  sample = 20,
  windowDays = 30,
}: {
  buildingIds: null | readonly number[]
  officeId: number
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>
  sample?: number
  windowDays?: number
}): Promise<BulkWidgets> => {
  const visible = buildingIds === null ? sql`true` : jobWithinBuildings(sql`j`, buildingIds)
  const db = await dbFor(req)
  const { rows } = await db.execute<Row>(sql`
    with jobs as (
      select j.status, coalesce(j.items_failed, 0) as items_failed, j.started_at, coalesce(j.finished_at, j.updated_at) as ended_at,
             coalesce(j.finished_at, j.updated_at) >= now() - make_interval(days => ${windowDays}) as is_recent
        from bulk_jobs j
       where j.tenant_id = ${officeId} and ${visible}
    ),
    latest_runs as (
      select extract(epoch from ended_at - started_at) as seconds
        from jobs
       where status in ('completed', 'completed-with-errors', 'failed') and started_at is not null
       order by ended_at desc
       limit ${sample}
    )
    select count(*) filter (where status = 'executing') as active,
           count(*) filter (where status = 'dry-run-ready') as awaiting,
           count(*) filter (where status = 'completed-with-errors' and is_recent) as with_errors,
           count(*) filter (where status = 'failed' and is_recent) as failed,
           coalesce(sum(items_failed) filter (where status in ('completed-with-errors', 'failed') and is_recent), 0) as failed_items,
           (select avg(seconds) from latest_runs) as avg_seconds,
           (select count(*) from latest_runs) as sampled
      from jobs`)
  const row = rows[0]
  return {
    activeJobs: Number(row.active),
    averageCompletionSeconds: row.avg_seconds === null ? null : Number(row.avg_seconds),
    awaitingExecution: Number(row.awaiting),
    failedItems: Number(row.failed_items),
    failedJobs: Number(row.failed),
    finishedSampled: Number(row.sampled),
    jobsWithErrors: Number(row.with_errors),
    windowDays,
  }
}
