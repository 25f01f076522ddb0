import type { Access } from 'payload'

import { rowsVisibleTo } from '../../../src/access/rowsVisibleTo'
import { scopeOf } from '../../../src/access/scopeOf'
import type { ScopedUser } from '../../../src/access/scopeOf'

/**
 * Who reads dunning policies: office staff their offices' policies; a manager the overrides of
 * their buildings and the office default, which governs their buildings too (so they can see the
 * rules and run it for a building of theirs); residents and vendors none.
 */
export const readPolicies: Access = ({ req }) => {
  const scope = scopeOf(req.user as ScopedUser | null)
  if (scope.role !== 'manager')
    return scope.role === 'resident'
      ? false
      : rowsVisibleTo(scope, { building: 'building', office: 'tenant' })
  if (scope.officeIds.length === 0) return false
  return {
    and: [
      { tenant: { in: scope.officeIds } },
      {
        or: [
          { building: { exists: false } },
          ...(scope.buildingIds.length > 0 ? [{ building: { in: scope.buildingIds } }] : []),
        ],
      },
    ],
  }
}
