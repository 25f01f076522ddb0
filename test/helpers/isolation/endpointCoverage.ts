import type { SanitizedConfig } from 'payload'

import type { ConfigEndpoint } from './configEndpoints'
import { configEndpointsOf } from './configEndpoints'
import { CREATE_PROBES, idTargetOf, LIST_PROBES } from './endpointTargets'
import { matrixSlugsOf } from './matrix'

/**
 * Payload's REST routes of a collection that the collection matrix probes for each of its
 * collections (read, list, count, update, delete, bulk update and delete by condition, duplicate).
 */
export const MATRIX_ROUTES = [
  'GET /',
  'GET /:id',
  'GET /count',
  'PATCH /',
  'PATCH /:id',
  'DELETE /',
  'DELETE /:id',
  'POST /:id/duplicate',
] as const

/** Payload's auth routes: each acts on the caller's own session or on a token sent to them. */
const AUTH_ROUTES = [
  'GET /init',
  'GET /me',
  'POST /first-register',
  'POST /forgot-password',
  'POST /login',
  'POST /logout',
  'POST /refresh-token',
  'POST /reset-password',
  'POST /unlock',
  'POST /verify/:id',
]

const VERSION_ROUTES = ['GET /versions', 'GET /versions/:id', 'POST /versions/:id']

const routeKey = (endpoint: ConfigEndpoint) => `${endpoint.method} ${endpoint.template}`

export type Coverage =
  | { by: 'collection matrix' | 'create probe' | 'file probe' | 'id probe' | 'list probe' }
  | { exempt: string }

/**
 * Why an endpoint is not probed, or `undefined`. Each reason is a rule, not a name, where a rule
 * can be checked: a version route counts as exempt only while its collection has no versions.
 */
const exemptionOf = (endpoint: ConfigEndpoint): string | undefined => {
  const collection = endpoint.collection
  const route = routeKey(endpoint)
  if (collection?.slug.startsWith('payload-')) {
    return "Payload's internals (preferences and locks of the caller, kv, migrations): Payload's own access"
  }
  if (!collection) {
    return {
      'GET /access': "the caller's own permissions, no rows",
      'GET /health': 'liveness and readiness: no user, no office data',
      'GET /metrics': 'process metrics behind METRICS_TOKEN: no user, no office rows',
    }[endpoint.key]
  }
  if (route === 'POST /') {
    return 'create: a valid body cannot be derived from the config; creates naming office B are probed per collection in tenantIsolation.int.spec.ts and per reference in crossOfficeReferences.int.spec.ts'
  }
  if (route === 'POST /access/:id?') return "the caller's own permissions for an id, no row data"
  if (VERSION_ROUTES.includes(route) && !collection.versions) {
    return 'the collection has no versions: the input guard answers 404 (malformedRequests.int.spec.ts)'
  }
  if (collection.auth && AUTH_ROUTES.includes(route)) {
    return "auth: acts on the caller's own session or on a token, never on another row's id"
  }
  if (route === 'GET /paste-url/:id?' && collection.upload && !collection.upload.pasteURL) {
    return 'pasting from a URL is off: Payload answers 400 before it reads anything'
  }
  return {
    'POST /notifications/delivery-status':
      "the SMS provider's callback: no user, signed with NOTIFICATIONS_WEBHOOK_SECRET (deliveryStatus.int.spec.ts)",
    'POST /payments/webhook':
      "the payment provider's webhook: no user, signed with the named office's secret (paymentWebhook.int.spec.ts)",
  }[endpoint.key]
}

/** How the generated matrices cover an endpoint, or `undefined` when nothing does. */
export const coverageOf = (
  endpoint: ConfigEndpoint,
  matrixSlugs: ReadonlySet<string>,
): Coverage | undefined => {
  const exempt = exemptionOf(endpoint)
  if (exempt) return { exempt }
  const collection = endpoint.collection
  if (collection && matrixSlugs.has(collection.slug)) {
    if ((MATRIX_ROUTES as readonly string[]).includes(routeKey(endpoint))) {
      return { by: 'collection matrix' }
    }
    if (collection.upload && routeKey(endpoint) === 'GET /file/:filename')
      return { by: 'file probe' }
  }
  if (idTargetOf(endpoint.path)) return { by: 'id probe' }
  if (LIST_PROBES[endpoint.key]) return { by: 'list probe' }
  if (CREATE_PROBES[endpoint.key]) return { by: 'create probe' }
  return undefined
}

/** The custom endpoints of the config with what covers each. */
export const endpointCoverageOf = (config: SanitizedConfig) => {
  const matrixSlugs = new Set(matrixSlugsOf(config))
  return configEndpointsOf(config).map((endpoint) => ({
    coverage: coverageOf(endpoint, matrixSlugs),
    endpoint,
  }))
}

/** The endpoints a probe of the given kind generates cases for. */
export const endpointsProbedBy = (config: SanitizedConfig, by: string) =>
  endpointCoverageOf(config)
    .filter(({ coverage }) => coverage && 'by' in coverage && coverage.by === by)
    .map(({ endpoint }) => endpoint)
