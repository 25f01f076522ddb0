import type { Access } from 'payload'

import { managedUsers } from './manageUsers'
import type { ScopedUser } from './scopeOf'

/** Read and update: everyone reaches themselves (role and scope fields are guarded separately), admins their users. */
export const selfOrManagedUsers: Access = ({ req }) => {
  const user = req.user as ScopedUser | null
  if (!user) return false
  const managed = managedUsers(user)
  if (managed === true) return true
  const self = { id: { equals: user.id } }
  return managed ? { or: [self, managed] } : self
}
