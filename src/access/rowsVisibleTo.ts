import type { Where } from 'payload'

import type { UserScope } from './scopeOf'

/** Where the scope columns of a collection live. `building`/`apartment` are absent on rows above them. */
export type ScopeFields = {
  apartment?: string
  building?: string
  office: string
}

/**
 * The rows a user may see, as a Payload `Where`: `true` for everything, `false` for nothing.
 * Pure, so the whole role matrix is unit-tested without a database.
 */
export const rowsVisibleTo = (scope: UserScope, fields: ScopeFields): boolean | Where => {
  if (scope.role === 'platform-admin') return true
  if (scope.officeIds.length === 0) return false
  const inOffices: Where = { [fields.office]: { in: scope.officeIds } }

  switch (scope.role) {
    case 'office-admin':
    case 'accountant':
      return inOffices
    case 'manager':
      if (!fields.building) return inOffices
      if (scope.buildingIds.length === 0) return false
      return { and: [inOffices, { [fields.building]: { in: scope.buildingIds } }] }
    case 'resident':
      if (!fields.apartment || scope.apartmentId === null) return false
      return { and: [inOffices, { [fields.apartment]: { equals: scope.apartmentId } }] }
    default:
      return false
  }
}
