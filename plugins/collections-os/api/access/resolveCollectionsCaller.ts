import { STAFF_ROLES } from '../../../../src/access/roles'
import { apiCallerResolver } from '../../../../src/lib/api/apiCallerResolver'

/**
 * The gate of `/api/collections/*`: 401 without a user, 404 when Collections OS is off in every
 * office of the caller, 403 for residents and vendors (they have no business with dunning).
 */
export const resolveCollectionsCaller = apiCallerResolver({
  apiName: 'Collections API',
  flag: 'ENABLE_COLLECTIONS_OS',
  roles: STAFF_ROLES,
})
