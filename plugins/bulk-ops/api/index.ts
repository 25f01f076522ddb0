import type { Endpoint } from 'payload'

import { jobActionEndpoints } from './endpoints/jobActionEndpoints'
import { jobEndpoints } from './endpoints/jobEndpoints'
import { templateEndpoints } from './endpoints/templateEndpoints'

/**
 * The Bulk Ops REST API under `/api/office-ops/bulk/*` (NC-302): jobs (create, dry-run, execute,
 * retry, cancel) and templates. Routes and their schemas are in `routes.ts`, which also generates
 * docs/api/bulk-ops.openapi.json.
 */
export const bulkApiEndpoints: Endpoint[] = [
  ...jobEndpoints,
  ...jobActionEndpoints,
  ...templateEndpoints,
]
