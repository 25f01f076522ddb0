import type { PayloadRequest } from 'payload'

import { hasRole } from './hasRole'
import { STAFF_ROLES } from './roles'
import type { ScopedUser } from './scopeOf'

/** The admin panel is for staff; residents and vendors use the API and self-service pages. */
export const canUseAdminPanel = ({ req }: { req: PayloadRequest }): boolean =>
  hasRole(req.user as ScopedUser | null, STAFF_ROLES)
