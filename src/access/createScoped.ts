import type { Access } from 'payload'

import { hasRole } from './hasRole'
import type { Role } from './roles'
import { idOf, scopeOf } from './scopeOf'
import type { ScopedUser } from './scopeOf'
import type { ScopeFields } from './rowsVisibleTo'

/**
 * Create access: only `writers` may create, and only inside their own scope. A create naming
 * another office's or an unassigned building's id is refused (403) before anything is written.
 * A missing id is left to field validation, which answers 400 with the field's name.
 */
export const createScoped =
  ({ fields, writers }: { fields: ScopeFields; writers: readonly Role[] }): Access =>
  ({ data, req }) => {
    const user = req.user as ScopedUser | null
    if (hasRole(user, ['platform-admin'])) return true
    if (!hasRole(user, writers)) return false
    const scope = scopeOf(user)
    const officeId = idOf(data?.[fields.office])
    if (officeId !== null && !scope.officeIds.includes(officeId)) return false
    if (scope.role === 'manager' && fields.building) {
      const buildingId = idOf(data?.[fields.building])
      if (buildingId !== null && !scope.buildingIds.includes(buildingId)) return false
    }
    return true
  }
