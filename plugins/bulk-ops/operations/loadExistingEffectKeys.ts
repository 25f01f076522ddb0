import { arrayParam, sql } from '../../../src/lib/db/transaction'
import type { SqlExecutor } from '../../../src/lib/db/transaction'
import { effectKey } from '../engine/effectKeys'

/**
 * Which of the planned charge keys exist already (`effectKey(apartment, reference)`), one
 * statement on the system-charge key index: whoever created them, this job or another.
 */
export const loadExistingEffectKeys = async ({
  apartmentIds,
  db,
  officeId,
  references,
}: {
  apartmentIds: number[]
  db: SqlExecutor
  officeId: number
  references: string[]
}): Promise<string[]> => {
  if (apartmentIds.length === 0 || references.length === 0) return []
  const { rows } = await db.execute<{ apartment_id: number; source_reference: string }>(sql`
    select apartment_id, source_reference from charges
    where tenant_id = ${officeId} and apartment_id = any(${arrayParam(apartmentIds, 'int[]')})
      and source <> 'manual' and source_reference = any(${arrayParam(references, 'varchar[]')})`)
  return rows.map((row) => effectKey(row.apartment_id, row.source_reference)).sort()
}
