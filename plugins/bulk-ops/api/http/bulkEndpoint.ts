import { apiEndpointFor } from '../../../../src/lib/api/apiEndpointFor'
import { resolveBulkCaller } from '../access/resolveBulkCaller'

/**
 * A Bulk Ops API endpoint from its route (`routes.ts`): the caller gate, `Idempotency-Key`, the
 * route's schemas, then the handler; what the operations refuse (`DomainError`) becomes its status.
 */
export const bulkEndpoint = apiEndpointFor({ resolveCaller: resolveBulkCaller })
