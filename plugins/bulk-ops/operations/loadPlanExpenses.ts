import { arrayParam, sql } from '../../../src/lib/db/transaction'
import type { SqlExecutor } from '../../../src/lib/db/transaction'
import type { PlanExpense, PlanRecurringExpense } from '../engine/types'

type Row = {
  amount: string
  building_id: number
  category_id: number
  description: string
  id: number
  share_column: PlanExpense['shareColumn']
  updated_at: string
}

const toExpense = (row: Row): PlanExpense => ({
  id: row.id,
  amount: Number(row.amount),
  buildingId: row.building_id,
  categoryId: row.category_id,
  description: row.description,
  shareColumn: row.share_column,
  updatedAt: row.updated_at,
})

// Update times as text with milliseconds, so the plan hash sees exactly what is stored.
const UPDATED_AT = sql.raw(
  `to_char(e.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at`,
)

/** The buildings' expenses of a period with their categories' share columns, one statement. */
export const loadPeriodExpenses = async ({
  buildingIds,
  db,
  officeId,
  period,
}: {
  buildingIds: number[]
  db: SqlExecutor
  officeId: number
  period: string
}): Promise<PlanExpense[]> => {
  const { rows } = await db.execute<Row>(sql`
    select e.id, e.building_id, e.category_id, c.share_column, e.amount, e.description, ${UPDATED_AT}
    from expenses e join expense_categories c on c.id = e.category_id
    where e.tenant_id = ${officeId} and e.building_id = any(${arrayParam(buildingIds, 'int[]')}) and e.period = ${period}
    order by e.id`)
  return rows.map(toExpense)
}

/** The buildings' recurring expenses (active or not, with their months), one statement. */
export const loadRecurringExpenses = async ({
  buildingIds,
  db,
  officeId,
}: {
  buildingIds: number[]
  db: SqlExecutor
  officeId: number
}): Promise<PlanRecurringExpense[]> => {
  const { rows } = await db.execute<Row & { active: boolean | null; months: string[] | null }>(sql`
    select e.id, e.building_id, e.category_id, c.share_column, e.monthly_amount as amount, e.description, e.active, ${UPDATED_AT},
           array(select m.value::text from recurring_expenses_active_months m where m.parent_id = e.id order by m.value) as months
    from recurring_expenses e join expense_categories c on c.id = e.category_id
    where e.tenant_id = ${officeId} and e.building_id = any(${arrayParam(buildingIds, 'int[]')})
    order by e.id`)
  return rows.map((row) => ({
    ...toExpense(row),
    active: row.active !== false,
    activeMonths: row.months ?? [],
  }))
}
