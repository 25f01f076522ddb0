import { routePattern } from '../http/routePattern'
import { routeTable } from '../http/routeTable'
import type { RouteEntry, RoutingConfig } from '../http/routeTable'

const tables = new WeakMap<RoutingConfig, RouteEntry[]>()

/**
 * The route pattern of a request (`/api/buildings/:id`) for an event's detail: the raw path may
 * carry ids and whatever a prober typed, the pattern is bounded by the route table. The table is
 * built once per config.
 */
export const routeOf = (config: RoutingConfig, method: string, url: string | undefined): string => {
  let routes = tables.get(config)
  if (!routes) tables.set(config, (routes = routeTable(config)))
  let pathname = '/'
  try {
    pathname = new URL(url ?? '/', 'http://localhost').pathname
  } catch {
    // An unparsable URL is still a request to record: its pattern is the catch-all.
  }
  return routePattern({ method, pathname, routes })
}
