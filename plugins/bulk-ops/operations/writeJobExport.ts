import type { PayloadRequest } from 'payload'

import { sql } from '../../../src/lib/db/transaction'
import { metrics } from '../../../src/lib/metrics/registry'
import { exportCsv } from '../engine/exportCsv'
import type { ExportParameters } from '../engine/planInput'
import type { ItemPreview } from '../engine/types'
import { BULK_EXPORTS } from '../constants'
import { completeItems } from './completeItems'
import { inTransaction } from '../../../src/lib/db/inTransaction'
import { failureOf, recordItemFailures } from './recordItemFailures'
import type { WorkerJob } from './workerJob'

/**
 * An `export` job's one effect: the CSV of its pending items' rows (as the dry-run showed them;
 * the plan hash guaranteed they were still current at execute) as one `bulk-exports` upload, linked
 * from the job and from every item, all in one transaction. The job's file is its key: a rerun
 * after a crash reuses the file already recorded. If the file cannot be written, every item
 * fails with the error and a retry writes it again.
 */
export const writeJobExport = async ({
  job,
  req,
}: {
  job: WorkerJob
  req: PayloadRequest
}): Promise<void> => {
  try {
    const counts = await inTransaction(req, async (db) => {
      const { rows } = await db.execute<{
        apartment_id: number
        attempts: string
        building_id: number
        id: number
        idempotency_key: string
        preview: ItemPreview
      }>(sql`
        select id, apartment_id, building_id, attempts, idempotency_key, preview from bulk_job_items
         where job_id = ${job.id} and status = 'pending' order by id for update`)
      if (rows.length === 0) return null
      const existing = await db.execute<{ id: number }>(
        sql`select id from bulk_exports where job_id = ${job.id} order by id limit 1`,
      )
      const fileId =
        existing.rows[0]?.id ??
        (await createExportFile({ job, req, rows: rows.map((row) => row.preview) }))
      await db.execute(
        sql`update bulk_jobs set export_file_id = ${fileId}, updated_at = now() where id = ${job.id}`,
      )
      const items = rows.map((row) => ({
        apartmentId: row.apartment_id,
        attempts: Number(row.attempts),
        buildingId: row.building_id,
        id: row.id,
        idempotencyKey: row.idempotency_key,
        preview: row.preview,
      }))
      return completeItems({
        db,
        job,
        outcomes: items.map((item) => ({
          amount: item.preview.before,
          effectIds: [fileId],
          effectType: 'bulk-exports',
          item,
          status: 'succeeded',
        })),
        req,
      })
    })
    if (counts)
      metrics.bulkJobItems.inc({ action: job.action, status: 'succeeded' }, counts.succeeded)
  } catch (err) {
    req.payload.logger.error({ err, jobId: job.id, msg: 'bulk-ops: export failed' })
    const failed = await inTransaction(req, async (db) => {
      const { rows } = await db.execute<{ id: number }>(
        sql`select id from bulk_job_items where job_id = ${job.id} and status = 'pending'`,
      )
      return recordItemFailures({
        db,
        failures: rows.map((row) => failureOf(err, row.id)),
        job,
        req,
      })
    })
    metrics.bulkJobItems.inc({ action: job.action, status: 'failed' }, failed)
  }
}

const createExportFile = async ({
  job,
  req,
  rows,
}: {
  job: WorkerJob
  req: PayloadRequest
  rows: ItemPreview[]
}): Promise<number> => {
  const csv = Buffer.from(
    exportCsv({
      columns: (job.parameters as ExportParameters).columns,
      rows: rows.flatMap((preview) => preview.row ?? []),
    }),
    'utf8',
  )
  const file = await req.payload.create({
    collection: BULK_EXPORTS,
    data: { job: job.id, rows: rows.length, tenant: job.tenant },
    depth: 0,
    file: { data: csv, mimetype: 'text/csv', name: `bulk-export-${job.id}.csv`, size: csv.length },
    overrideAccess: true,
    req,
  })
  return file.id as number
}
