import type { Role } from './roles'
import type { ScopedUser } from './scopeOf'

export const hasRole = (user: ScopedUser | null | undefined, roles: readonly Role[]): boolean =>
  Boolean(user?.role && roles.includes(user.role))
