import { arrayParam, sql } from '../../../src/lib/db/transaction'
import type { SqlExecutor } from '../../../src/lib/db/transaction'
import type { JobScope, PlanApartment } from '../engine/types'

type Row = {
  balance: string
  building_id: number
  building_name: string
  email: null | string
  id: number
  label: string
  name: null | string
  oldest_due: null | string
  open_items: string
  phone: null | string
  portal_user: null | number
  postal: null | string
  shares_elevator: string
  shares_general: string
  shares_heating: string
}

/**
 * The office's apartments a job may touch, in one statement: every apartment of the scope's
 * buildings (a charge is split over the whole building) and the listed ones, with shares,
 * balance row, owner contact (`withContacts`: messages and exports; null otherwise, which keeps
 * a 20,000-apartment charge plan's rows narrow enough to sort in memory) and, for in-app
 * reminders, the resident portal user.
 */
export const loadPlanApartments = async ({
  db,
  officeId,
  scope,
  timezone,
  withContacts,
  withPortalUsers,
}: {
  db: SqlExecutor
  officeId: number
  scope: JobScope
  timezone: string
  withContacts: boolean
  withPortalUsers: boolean
}): Promise<PlanApartment[]> => {
  const { rows } = await db.execute<Row>(sql`
    select a.id, a.building_id, b.name as building_name, a.label,
           a.shares_general, a.shares_elevator, a.shares_heating,
           coalesce(bal.balance, 0) as balance, coalesce(bal.open_items_count, 0) as open_items,
           to_char(bal.oldest_unpaid_due_date at time zone ${timezone}, 'YYYY-MM-DD') as oldest_due,
           case when ${withContacts} then a.owner_email end as email, case when ${withContacts} then a.owner_name end as name,
           case when ${withContacts} then a.owner_phone end as phone,
           case when ${withContacts} then concat_ws(', ', nullif(a.owner_name, ''), b.address || ' (' || a.label || ')', b.postal_code || ' ' || b.city) end as postal,
           case when ${withPortalUsers} then (select min(u.id) from users u where u.apartment_id = a.id and u.role = 'resident') end as portal_user
    from apartments a
    join buildings b on b.id = a.building_id
    left join apartment_balances bal on bal.apartment_id = a.id
    where a.tenant_id = ${officeId}
      and (a.building_id = any(${arrayParam(scope.buildings, 'int[]')}) or a.id = any(${arrayParam(scope.apartments, 'int[]')}))
    order by a.id`)
  return rows.map((row) => ({
    id: row.id,
    balance: Number(row.balance),
    buildingId: row.building_id,
    buildingName: row.building_name,
    label: row.label,
    oldestUnpaidDueDate: row.oldest_due,
    openItems: Number(row.open_items),
    owner: { email: row.email, name: row.name, phone: row.phone, postalAddress: row.postal },
    portalUserId: row.portal_user,
    shares: {
      elevator: Number(row.shares_elevator),
      general: Number(row.shares_general),
      heating: Number(row.shares_heating),
    },
  }))
}
