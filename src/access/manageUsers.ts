import type { Access, Where } from 'payload'

import { scopeOf } from './scopeOf'
import type { ScopedUser } from './scopeOf'

/** The users an actor manages: platform admins everyone, office admins the users of their offices. */
export const managedUsers = (user: ScopedUser | null | undefined): boolean | Where => {
  const scope = scopeOf(user)
  if (scope.role === 'platform-admin') return true
  if (scope.role === 'office-admin' && scope.officeIds.length > 0) {
    return { 'tenants.tenant': { in: scope.officeIds } }
  }
  return false
}

/** Creating and deleting users. */
export const manageUsers: Access = ({ req }) => managedUsers(req.user as ScopedUser | null)
