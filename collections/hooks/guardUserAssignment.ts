import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, scopeOf } from '../../src/access/scopeOf'
import type { ScopedUser } from '../../src/access/scopeOf'

type FieldError = { message: string; path: string }

/**
 * Office admins manage users of their own offices only: they cannot grant platform-admin nor
 * place a user in an office they do not run. Runs before the write, so a refused change writes nothing.
 */
export const guardUserAssignment: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  const actor = scopeOf(req.user as ScopedUser | null)
  if (!req.user || actor.role === 'platform-admin') return data

  const errors: FieldError[] = []
  if (data.role === 'platform-admin') {
    errors.push({ message: 'Only a platform admin can grant platform-admin', path: 'role' })
  }
  const rows: { tenant?: unknown }[] = Array.isArray(data.tenants) ? data.tenants : []
  rows.forEach((row, index) => {
    const officeId = idOf(row.tenant as number)
    if (officeId !== null && !actor.officeIds.includes(officeId)) {
      errors.push({
        message: 'You can only assign your own offices',
        path: `tenants.${index}.tenant`,
      })
    }
  })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return data
}
