import type { Endpoint } from 'payload'

import { policyEndpoints } from './endpoints/policyEndpoints'
import { promiseEndpoints } from './endpoints/promiseEndpoints'
import { runEndpoints } from './endpoints/runEndpoints'

/**
 * The Collections OS REST API under `/api/collections/*` (NC-203): policies, runs, promises.
 * Routes and their schemas are in `routes.ts`, which also generates docs/api/collections.openapi.json.
 */
export const collectionsApiEndpoints: Endpoint[] = [
  ...policyEndpoints,
  ...runEndpoints,
  ...promiseEndpoints,
]
