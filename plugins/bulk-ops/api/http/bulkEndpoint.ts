import { apiEndpointFor } from '../../../../src/lib/api/apiEndpointFor'
import { resolveBulkCaller } from '../access/resolveBulkCaller'
import { bulkErrorResponse } from './bulkErrorResponse'

/**
 * A Bulk Ops API endpoint from its route (`routes.ts`): the caller gate, `Idempotency-Key`, the
 * route's schemas, then the handler; the operations' `BulkJobError`s become their statuses.
 */
export const bulkEndpoint = apiEndpointFor({
  errorResponse: bulkErrorResponse,
  resolveCaller: resolveBulkCaller,
})
