import type { PayloadRequest } from 'payload'

import type { Role } from '../../../src/access/roles'
import { scopeOf } from '../../../src/access/scopeOf'
import type { ScopedUser, UserScope } from '../../../src/access/scopeOf'
import { forbidden } from '../../../src/lib/errors/domainError'

/** Office staff run bulk jobs; residents and vendors never. */
const BULK_ROLES: readonly Role[] = ['platform-admin', 'office-admin', 'accountant', 'manager']

/** The acting user reduced to the ids its rights depend on; `forbidden` for anyone but office staff. */
export const bulkCallerOf = (req: PayloadRequest): UserScope => {
  const scope = scopeOf(req.user as null | ScopedUser)
  if (!req.user || scope.role === null || !BULK_ROLES.includes(scope.role)) {
    throw forbidden('Bulk jobs are for office staff')
  }
  return scope
}

/**
 * Whether the caller may act on every one of `buildingIds` (within offices it was already checked
 * against): managers only on their assigned buildings, office-wide roles on any.
 */
export const mayActOnBuildings = ({
  buildingIds,
  scope,
}: {
  buildingIds: readonly number[]
  scope: UserScope
}): boolean => scope.role !== 'manager' || buildingIds.every((id) => scope.buildingIds.includes(id))
