import { bulkRoutes } from '../../../plugins/bulk-ops/api/routes'
import { collectionsRoutes } from '../../../plugins/collections-os/api/routes'
import type { ApiRoute } from '../../../src/lib/api/apiRoute'

/**
 * The feature APIs' route tables (src/lib/api/, plugins/<name>/api/routes.ts). The isolation
 * probes read the body schemas from them, to prove a probe body parses: a 400 from the schema
 * would answer before the endpoint ever looks at the id.
 */
const ROUTE_TABLES: readonly Record<string, ApiRoute>[] = [bulkRoutes, collectionsRoutes]

/** The route declaring `METHOD /path`, if a route table declares it. */
export const routeOf = (key: string): ApiRoute | undefined =>
  ROUTE_TABLES.flatMap((table) => Object.values(table)).find(
    (route) => `${route.method.toUpperCase()} ${route.path}` === key,
  )
