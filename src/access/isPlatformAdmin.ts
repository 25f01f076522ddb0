import type { ScopedUser } from './scopeOf'

export const isPlatformAdmin = (user: ScopedUser | null | undefined): boolean =>
  user?.role === 'platform-admin'
