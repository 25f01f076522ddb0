import type { Access } from 'payload'

import { rowsVisibleTo, type ScopeFields } from './rowsVisibleTo'
import { scopeOf, type ScopedUser } from './scopeOf'

/** Read access for a tenant-owned collection: a `Where` per role, never a bare `true` for scoped users. */
export const readScoped =
  (fields: ScopeFields): Access =>
  ({ req }) =>
    rowsVisibleTo(scopeOf(req.user as ScopedUser | null), fields)
