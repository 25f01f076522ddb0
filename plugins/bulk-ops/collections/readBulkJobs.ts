import type { Access } from 'payload'

import { FINANCIAL_WRITERS } from '../../../src/access/financialWriters'
import { readScopedToRoles } from '../../../src/access/readScopedToRoles'
import { scopeOf } from '../../../src/access/scopeOf'
import type { ScopedUser } from '../../../src/access/scopeOf'
import { arrayParam, dbFor, sql } from '../../../src/lib/db/transaction'
import { jobWithinBuildings } from '../operations/jobWithinBuildings'

const readAsStaff = readScopedToRoles({ fields: { office: 'tenant' }, readers: FINANCIAL_WRITERS })

/**
 * Jobs: the office's admins and accountants read them all; a manager reads the jobs that cover
 * their assigned buildings only (`jobWithinBuildings`), as the Bulk API's detail route and the
 * widgets decide. The "all of" cannot be said in a Payload `where` on a has-many field, so the
 * visible ids are looked up: a manager's jobs, not the office's, so the list stays short.
 */
export const readBulkJobs: Access = async (args) => {
  const scope = scopeOf(args.req.user as ScopedUser | null)
  if (scope.role !== 'manager') return readAsStaff(args)
  if (scope.officeIds.length === 0 || scope.buildingIds.length === 0) return false
  const db = await dbFor(args.req)
  const { rows } = await db.execute<{ id: number }>(sql`
    select j.id from bulk_jobs j
     where j.tenant_id = any(${arrayParam(scope.officeIds, 'int[]')})
       and ${jobWithinBuildings(sql`j`, scope.buildingIds)}`)
  return {
    and: [{ tenant: { in: scope.officeIds } }, { id: { in: rows.map((row) => row.id) } }],
  }
}
