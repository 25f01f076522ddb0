import type { Access } from 'payload'

import { hasRole } from './hasRole'
import type { Role } from './roles'
import { rowsVisibleTo } from './rowsVisibleTo'
import type { ScopeFields } from './rowsVisibleTo'
import { scopeOf } from './scopeOf'
import type { ScopedUser } from './scopeOf'

/** Update/delete access: only `writers` may change rows, and only the rows they can see. */
export const writeScoped =
  ({ fields, writers }: { fields: ScopeFields; writers: readonly Role[] }): Access =>
  ({ req }) => {
    const user = req.user as ScopedUser | null
    if (!hasRole(user, ['platform-admin', ...writers])) return false
    return rowsVisibleTo(scopeOf(user), fields)
  }
