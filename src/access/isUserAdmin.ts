import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'
import type { ScopedUser } from './scopeOf'

/** Field access for a user's role and scope: only those who manage users may set them. */
export const isUserAdmin: FieldAccess = ({ req }) =>
  hasRole(req.user as ScopedUser | null, ['platform-admin', 'office-admin'])
