import { apiEndpointFor } from '../../../../src/lib/api/apiEndpointFor'
import { resolveCollectionsCaller } from '../access/resolveCollectionsCaller'

/**
 * A Collections API endpoint from its route (`routes.ts`): the caller gate, `Idempotency-Key`,
 * the route's schemas, then the handler (see `apiEndpointFor`).
 */
export const collectionsEndpoint = apiEndpointFor({ resolveCaller: resolveCollectionsCaller })
