import type { CollectionConfig } from 'payload'

import { canUseAdminPanel } from '../src/access/canUseAdminPanel'
import { isUserAdmin } from '../src/access/isUserAdmin'
import { manageUsers } from '../src/access/manageUsers'
import { ROLES } from '../src/access/roles'
import { selfOrManagedUsers } from '../src/access/selfOrManagedUsers'
import { endSessionsEndpoint } from '../src/lib/auth/endSessionsEndpoint'
import {
  endRefreshSessionsOnLogout,
  endSessionsOnPasswordChange,
  issueRotatedSession,
  notePasswordChange,
  rotateBeforeRefresh,
  startRefreshSession,
} from '../src/lib/auth/refreshSessionHooks'
import { readEnv } from '../src/lib/env'
import { servedOverHttps } from '../src/lib/http/publicBaseUrl'
import { clearSignInLimits, limitSignIns } from '../src/lib/rateLimits/signInLimits'
import { guardUserAssignment } from './hooks/guardUserAssignment'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  access: {
    admin: canUseAdminPanel,
    create: manageUsers,
    delete: manageUsers,
    read: selfOrManagedUsers,
    update: selfOrManagedUsers,
  },
  admin: {
    defaultColumns: ['email', 'name', 'role'],
    group: 'Organisation',
    useAsTitle: 'email',
  },
  auth: {
    // Over https the session cookie is never sent in clear (SERVER_URL decides, as for HSTS).
    cookies: { sameSite: 'Lax', secure: servedOverHttps(readEnv()) },
    // No account lock: anyone who knows an e-mail could lock its owner out. Sign-in attempts are
    // rate-limited per account and address instead (src/lib/rateLimits/signInLimits.ts).
    maxLoginAttempts: 0,
    // Short with ENABLE_HTTPONLY_AUTH (the refresh cookie renews it), Payload's 2 hours without.
    tokenExpiration: readEnv().accessTokenSeconds,
    // Sessions let a logout or a password change end every token of that user.
    useSessions: true,
  },
  endpoints: [endSessionsEndpoint],
  fields: [
    { name: 'name', type: 'text', maxLength: 200 },
    {
      name: 'role',
      type: 'select',
      access: { create: isUserAdmin, update: isUserAdmin },
      defaultValue: 'manager',
      options: ROLES.map((value) => ({ label: value, value })),
      required: true,
      saveToJWT: true,
    },
    {
      name: 'assignedBuildings',
      type: 'relationship',
      access: { create: isUserAdmin, update: isUserAdmin },
      admin: {
        condition: (data) => data?.role === 'manager',
        description: 'A manager sees and works on these buildings only.',
      },
      hasMany: true,
      relationTo: 'buildings',
    },
    {
      name: 'apartment',
      type: 'relationship',
      access: { create: isUserAdmin, update: isUserAdmin },
      admin: { condition: (data) => data?.role === 'resident' },
      relationTo: 'apartments',
    },
  ],
  hooks: {
    afterChange: [endSessionsOnPasswordChange],
    afterLogin: [clearSignInLimits, startRefreshSession],
    afterLogout: [endRefreshSessionsOnLogout],
    beforeChange: [guardUserAssignment, notePasswordChange],
    beforeOperation: [limitSignIns, rotateBeforeRefresh],
    refresh: [issueRotatedSession],
  },
}
