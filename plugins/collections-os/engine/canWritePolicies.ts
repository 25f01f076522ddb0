import { FINANCIAL_WRITERS } from '../../../src/access/financialWriters'
import type { UserScope } from '../../../src/access/scopeOf'

/**
 * The roles the `dunning-policies` collection lets write. The Local API call still applies the
 * collection's access; this lets `deletePolicy` answer 403 before a 409 that would tell a
 * reader more than "you may not".
 */
export const canWritePolicies = (scope: UserScope): boolean =>
  scope.role === 'platform-admin' || (scope.role !== null && FINANCIAL_WRITERS.includes(scope.role))
