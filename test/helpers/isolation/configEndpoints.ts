import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload'

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

/** One endpoint the REST handler serves, at its address relative to /api. */
export type ConfigEndpoint = {
  /** The collection it is mounted on; undefined for root endpoints. */
  collection?: SanitizedCollectionConfig
  /** `GET /charges/:id`: how the coverage lists and exemptions name it. */
  key: string
  method: Method
  /** The address template relative to /api, Payload's `:param` syntax, no trailing slash. */
  path: string
  /** The path as the collection declares it (`/:id`), or the root endpoint's path. */
  template: string
}

const joined = (prefix: string, path: string) =>
  `/${[prefix, path].join('/')}`.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1')

/**
 * Every endpoint of the running config: the root ones and each collection's (Payload's built-in
 * REST routes included, since the sanitized config lists them with the custom ones).
 */
export const configEndpointsOf = (config: SanitizedConfig): ConfigEndpoint[] => {
  const of = (
    endpoint: { method: string; path: string },
    collection?: SanitizedCollectionConfig,
  ): ConfigEndpoint => {
    const method = endpoint.method.toUpperCase() as Method
    const path = joined(collection?.slug ?? '', endpoint.path)
    return { collection, key: `${method} ${path}`, method, path, template: endpoint.path }
  }
  const all = [
    ...(config.endpoints || []).map((endpoint) => of(endpoint)),
    ...config.collections.flatMap((collection) =>
      (collection.endpoints || []).map((endpoint) => of(endpoint, collection)),
    ),
  ]
  // Payload mounts some routes twice (the version routes, `verify/:id`): one case each.
  return [...new Map(all.map((endpoint) => [endpoint.key, endpoint])).values()]
}

/** The address with every path parameter filled (`:id` and optional `:id?` alike). */
export const addressOf = (endpoint: ConfigEndpoint, params: Record<string, number | string>) =>
  endpoint.path
    .replace(/:([A-Za-z]+)\??/g, (_, name: string) => {
      if (!(name in params)) throw new Error(`${endpoint.key}: no value for :${name}`)
      return encodeURIComponent(String(params[name]))
    })
    .replace(/^\//, '')
