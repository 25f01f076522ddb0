import { metrics } from '../metrics/registry'
import { newTraceId, runWithTrace, traceIdFromTraceparent } from '../trace/traceContext'
import { routePattern } from './routePattern'
import { routeTable } from './routeTable'
import type { RouteEntry, RoutingConfig } from './routeTable'

type RouteHandler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

const TRACE_HEADER = 'X-Trace-Id'

const METHODS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'])

// One table per config object: built on the first request, after Payload sanitized the config.
const tables = new WeakMap<object, Promise<RouteEntry[]>>()

const routesOf = (config: Promise<RoutingConfig> | RoutingConfig): Promise<RouteEntry[]> => {
  let table = tables.get(config)
  if (!table) {
    // A config that fails to load still gets its requests labelled, by the catch-all.
    table = Promise.resolve(config).then(routeTable, () => [])
    tables.set(config, table)
  }
  return table
}

const withTraceHeader = (response: Response, traceId: string): Response => {
  try {
    response.headers.set(TRACE_HEADER, traceId)
    return response
  } catch {
    // Immutable headers (`Response.redirect`, a fetched response): copy into a new response.
    const headers = new Headers(response.headers)
    headers.set(TRACE_HEADER, traceId)
    return new Response(response.body, {
      headers,
      status: response.status,
      statusText: response.statusText,
    })
  }
}

/**
 * Wraps a Next.js route handler so every request runs under a trace (the W3C `traceparent`
 * header's trace id, or a new one), every response carries it as `X-Trace-Id` (a thrown error
 * becomes a 500 that still does), and `http_request_duration_seconds` is observed by method,
 * route pattern and status. Payload's endpoints, hooks and jobs it enqueues run inside the
 * handler, so `currentTraceId()` is theirs too. The duration ends when the handler returns its
 * response (headers ready), before a streamed body is sent.
 */
export const withObservability = <Args extends unknown[]>({
  config,
  handler,
}: {
  config: Promise<RoutingConfig> | RoutingConfig
  handler: RouteHandler<Args>
}): RouteHandler<Args> => {
  return async (request, ...args) => {
    const started = performance.now()
    const traceId = traceIdFromTraceparent(request.headers.get('traceparent')) ?? newTraceId()
    let response: Response
    try {
      response = await runWithTrace(traceId, () => handler(request, ...args))
    } catch (err) {
      // Payload answers its own errors; this is the last resort, outside any Payload logger.
      console.error({ err, msg: 'Unhandled error in route handler', traceId })
      response = Response.json({ errors: [{ message: 'Something went wrong.' }] }, { status: 500 })
    }
    const seconds = (performance.now() - started) / 1000
    const method = METHODS.has(request.method) ? request.method : 'OTHER'
    const route = routePattern({
      method,
      pathname: new URL(request.url).pathname,
      routes: await routesOf(config),
    })
    metrics.httpDuration.observe({ method, route, status: String(response.status) }, seconds)
    return withTraceHeader(response, traceId)
  }
}
