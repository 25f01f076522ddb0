import { arrayParam, sql, type SqlExecutor } from '../../../src/lib/db/transaction'
import { chunk } from '../engine/batches'
import { itemKey } from '../engine/effectKeys'
import type { PlannedItem } from '../engine/types'

/** Rows per INSERT: each column is one array parameter, so this bounds statement size, not parameters. */
const ROWS_PER_INSERT = 1_000

/** A job's planned items, `ROWS_PER_INSERT` rows per statement, keyed `<jobId>:<apartmentId>`. */
export const insertPlannedItems = async ({ db, items, jobId, officeId }: { db: SqlExecutor; items: readonly PlannedItem[]; jobId: number; officeId: number }): Promise<void> => {
  for (const rows of chunk(items, ROWS_PER_INSERT)) {
    await db.execute(sql`
      insert into bulk_job_items (tenant_id, job_id, building_id, apartment_id, status, attempts, preview, validation_errors, amount, idempotency_key)
      select ${officeId}, ${jobId}, x.building_id, x.apartment_id, x.status::enum_bulk_job_items_status, 0, x.preview, x.errors, x.amount, x.key
      from unnest(${arrayParam(rows.map((item) => item.buildingId), 'int[]')}, ${arrayParam(rows.map((item) => item.apartmentId), 'int[]')},
                  ${arrayParam(rows.map((item) => item.status), 'varchar[]')}, ${arrayParam(rows.map((item) => JSON.stringify(item.preview)), 'jsonb[]')},
                  ${arrayParam(rows.map((item) => JSON.stringify(item.validationErrors)), 'jsonb[]')}, ${arrayParam(rows.map((item) => item.amount), 'numeric[]')},
                  ${arrayParam(rows.map((item) => itemKey(jobId, item.apartmentId)), 'varchar[]')})
           as x(building_id, apartment_id, status, preview, errors, amount, key)`)
  }
}
