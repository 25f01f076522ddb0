import { sql } from '../../../src/lib/db/transaction'
import type { SqlExecutor } from '../../../src/lib/db/transaction'
import type { PlanOriginalCharge } from '../engine/types'

/** The charges a job's succeeded items created (their `effectIds`), one statement. */
export const loadOriginalCharges = async ({
  db,
  jobId,
  officeId,
  timezone,
}: {
  db: SqlExecutor
  jobId: number
  officeId: number
  timezone: string
}): Promise<PlanOriginalCharge[]> => {
  const { rows } = await db.execute<{
    amount: string
    apartment_id: number
    building_id: number
    category_id: null | number
    due: string
    id: number
    period: string
    source: PlanOriginalCharge['source']
  }>(sql`
    select c.id, c.apartment_id, c.building_id, c.category_id, c.amount, c.period, c.source,
           to_char(c.due_date at time zone ${timezone}, 'YYYY-MM-DD') as due
    from bulk_job_items i
    cross join lateral jsonb_array_elements_text(i.effect_ids) as e(charge_id)
    join charges c on c.id = e.charge_id::int and c.tenant_id = ${officeId}
    where i.job_id = ${jobId} and i.tenant_id = ${officeId} and i.status = 'succeeded' and i.effect_type = 'charges'
    order by c.id`)
  return rows.map((row) => ({
    id: row.id,
    amount: Number(row.amount),
    apartmentId: row.apartment_id,
    buildingId: row.building_id,
    categoryId: row.category_id,
    dueDate: row.due,
    period: row.period,
    source: row.source,
  }))
}
