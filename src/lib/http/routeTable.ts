/** One path segment of a route: literal text, a `:param` (maybe optional), or the rest of the path. */
export type RouteSegment =
  | { type: 'param'; name: string; isOptional: boolean }
  | { type: 'rest' }
  | { type: 'static'; value: string }

export type RouteEntry = {
  /** Lowercase HTTP method, or `*` for any. */
  method: string
  /** The label prefix, e.g. `/api/apartments`; matched segments are appended to it. */
  prefix: string
  segments: RouteSegment[]
}

type EndpointLike = { method: string; path: string }

type ScopeLike = { endpoints?: EndpointLike[] | false; slug: string }

/** The parts of Payload's sanitized config that decide routing (a `SanitizedConfig` fits). */
export type RoutingConfig = {
  collections?: ScopeLike[]
  endpoints?: EndpointLike[]
  globals?: ScopeLike[]
  routes?: { api?: string; graphQL?: string; graphQLPlayground?: string }
}

// path-to-regexp syntax beyond `:name` and `:name?` (custom regexes, wildcards, modifiers).
const UNSUPPORTED = /[()*+{}]/

const parsePath = (path: string): null | RouteSegment[] => {
  const parts = path.split('/').filter(Boolean)
  if (parts.some((part) => UNSUPPORTED.test(part))) return null
  return parts.map((part) =>
    part.startsWith(':')
      ? { type: 'param', name: part.slice(1).replace(/\?$/, ''), isOptional: part.endsWith('?') }
      : { type: 'static', value: part },
  )
}

const scopeEntries = (
  prefix: string,
  endpoints: EndpointLike[] | false | undefined,
): RouteEntry[] =>
  (endpoints || []).flatMap((endpoint) => {
    const segments = parsePath(endpoint.path)
    // An endpoint path we cannot parse falls through to its scope's catch-all label.
    return segments ? [{ method: endpoint.method.toLowerCase(), prefix, segments }] : []
  })

const catchAll = (prefix: string): RouteEntry => ({
  method: '*',
  prefix,
  segments: [{ type: 'rest' }],
})

/**
 * Every route the REST and GraphQL handlers answer, in Payload's own matching order: a path under
 * a collection's slug only ever reaches that collection's endpoints (built-in and custom), likewise
 * `/globals/<slug>`, everything else the root endpoints. Each scope ends in a catch-all, so an
 * unknown path gets a bounded label such as `/api/apartments/*` or `/api/*`.
 */
export const routeTable = (config: RoutingConfig): RouteEntry[] => {
  const api = (config.routes?.api ?? '/api').replace(/\/$/, '')
  const collections = (config.collections ?? []).flatMap((collection) => {
    const prefix = `${api}/${collection.slug}`
    return [...scopeEntries(prefix, collection.endpoints), catchAll(prefix)]
  })
  const globals = (config.globals ?? []).flatMap((global) => {
    const prefix = `${api}/globals/${global.slug}`
    return [...scopeEntries(prefix, global.endpoints), catchAll(prefix)]
  })
  // GraphQL has Next routes of its own rather than Payload endpoints.
  const graphQL: EndpointLike[] = [
    { method: 'post', path: config.routes?.graphQL ?? '/graphql' },
    { method: 'get', path: config.routes?.graphQLPlayground ?? '/graphql-playground' },
  ]
  return [
    ...collections,
    ...globals,
    ...scopeEntries(api, [...graphQL, ...(config.endpoints ?? [])]),
    catchAll(`${api}/globals`),
    catchAll(api),
  ]
}
