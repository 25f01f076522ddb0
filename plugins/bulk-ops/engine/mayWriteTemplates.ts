import { FINANCIAL_WRITERS } from '../../../src/access/financialWriters'
import type { UserScope } from '../../../src/access/scopeOf'

/**
 * The roles the `bulk-templates` collection lets write. The Local API call still applies the
 * collection's access; this lets an endpoint answer 403 before field errors that would tell a
 * manager more than "you may not".
 */
export const mayWriteTemplates = (scope: UserScope): boolean =>
  scope.role === 'platform-admin' || (scope.role !== null && FINANCIAL_WRITERS.includes(scope.role))
