import type { Access } from 'payload'

import { hasRole } from './hasRole'
import type { Role } from './roles'
import { rowsVisibleTo } from './rowsVisibleTo'
import type { ScopeFields } from './rowsVisibleTo'
import { scopeOf } from './scopeOf'
import type { ScopedUser } from './scopeOf'

/**
 * Read access for records only some roles may see (the audit trail is for office admins and
 * accountants): `readers` see the rows of their scope, platform admins everything, others nothing.
 */
export const readScopedToRoles =
  ({ fields, readers }: { fields: ScopeFields; readers: readonly Role[] }): Access =>
  ({ req }) => {
    const user = req.user as ScopedUser | null
    if (!hasRole(user, ['platform-admin', ...readers])) return false
    return rowsVisibleTo(scopeOf(user), fields)
  }
