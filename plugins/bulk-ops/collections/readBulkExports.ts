import type { Access } from 'payload'

import { FINANCIAL_WRITERS } from '../../../src/access/financialWriters'
import { hasRole } from '../../../src/access/hasRole'
import { readScopedToRoles } from '../../../src/access/readScopedToRoles'
import { scopeOf } from '../../../src/access/scopeOf'
import type { ScopedUser } from '../../../src/access/scopeOf'

const readAsStaff = readScopedToRoles({ fields: { office: 'tenant' }, readers: FINANCIAL_WRITERS })

/**
 * Export files: the office's admins and accountants read them all; a building manager reads the
 * files of the export jobs they created themselves (jobs they could only scope to their own
 * buildings), while still a member of the office. Nobody else.
 */
export const readBulkExports: Access = (args) => {
  const staff = readAsStaff(args)
  if (staff !== false) return staff
  const user = args.req.user as ScopedUser | null
  if (!hasRole(user, ['manager'])) return false
  return {
    and: [{ tenant: { in: scopeOf(user).officeIds } }, { 'job.createdBy': { equals: user?.id } }],
  }
}
