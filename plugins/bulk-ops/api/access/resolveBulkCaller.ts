import { STAFF_ROLES } from '../../../../src/access/roles'
import { apiCallerResolver } from '../../../../src/lib/api/apiCallerResolver'

/**
 * The gate of `/api/office-ops/bulk/*`: 401 without a user, 404 when Bulk Ops is off in every
 * office of the caller, 403 for residents and vendors.
 */
export const resolveBulkCaller = apiCallerResolver({
  apiName: 'Bulk Ops API',
  flag: 'ENABLE_BULK_OPS',
  roles: STAFF_ROLES,
})
