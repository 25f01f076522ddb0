import { sql } from '../../../src/lib/db/transaction'
import type { SqlExecutor } from '../../../src/lib/db/transaction'
import { chunk } from '../engine/batches'
import { itemKey } from '../engine/effectKeys'
import type { PlannedItem } from '../engine/types'

/**
 * Rows per INSERT: one JSON parameter carries them all, so this bounds the statement's size. At
 * ~700 bytes of preview a row, 2,000 rows stay within PostgreSQL's default work_mem while the
 * function scan holds them (5,000 spilled to a temporary file, for no gain).
 */
const ROWS_PER_INSERT = 2_000

/**
 * A job's planned items, `ROWS_PER_INSERT` rows per statement, keyed `<jobId>:<apartmentId>`.
 * The rows travel as one JSON document (`json_to_recordset`) rather than one array parameter per
 * column: a `jsonb[]` array of previews is escaped element by element by the driver and parsed
 * twice by the server, which made up a third of a 20,000-apartment dry-run.
 */
export const insertPlannedItems = async ({
  db,
  items,
  jobId,
  officeId,
}: {
  db: SqlExecutor
  items: readonly PlannedItem[]
  jobId: number
  officeId: number
}): Promise<void> => {
  for (const rows of chunk(items, ROWS_PER_INSERT)) {
    const document = JSON.stringify(
      rows.map((item) => ({
        amount: item.amount,
        apartment_id: item.apartmentId,
        building_id: item.buildingId,
        errors: item.validationErrors,
        key: itemKey(jobId, item.apartmentId),
        preview: item.preview,
        status: item.status,
      })),
    )
    await db.execute(sql`
      insert into bulk_job_items (tenant_id, job_id, building_id, apartment_id, status, attempts, preview, validation_errors, amount, idempotency_key)
      select ${officeId}, ${jobId}, x.building_id, x.apartment_id, x.status::enum_bulk_job_items_status, 0, x.preview::jsonb, x.errors::jsonb, x.amount, x.key
      from json_to_recordset(${document}::json)
           as x(building_id int, apartment_id int, status text, preview json, errors json, amount numeric, key text)`)
  }
}
