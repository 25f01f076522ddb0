import type { Access } from 'payload'

import { rowsVisibleTo } from './rowsVisibleTo'
import type { ScopeFields } from './rowsVisibleTo'
import { scopeOf } from './scopeOf'
import type { ScopedUser } from './scopeOf'

/** Read access for a tenant-owned collection: a `Where` per role, never a bare `true` for scoped users. */
export const readScoped =
  (fields: ScopeFields): Access =>
  ({ req }) =>
    rowsVisibleTo(scopeOf(req.user as ScopedUser | null), fields)
