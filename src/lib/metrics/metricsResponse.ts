import { createHash, timingSafeEqual } from 'node:crypto'

import type { Registry } from 'prom-client'

import type { AppEnv } from '../env'

const digest = (value: string) => createHash('sha256').update(value).digest()

/** Compares digests, so neither the token's content nor its length leaks through timing. */
const isSameToken = (given: string, expected: string): boolean =>
  timingSafeEqual(digest(given), digest(expected))

const bearerToken = (authorization: null | string): null | string =>
  /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? null

/**
 * The answer to a scrape. Never public by accident: with `ENABLE_SLO_METRICS` off or no
 * `METRICS_TOKEN` configured it answers exactly like an unknown route (404); without the right
 * bearer token it answers 401; otherwise the registry in Prometheus text format.
 */
export const metricsResponse = async ({
  authorization,
  env,
  pathname,
  registry,
}: {
  authorization: null | string
  env: Pick<AppEnv, 'flags' | 'metricsToken'>
  pathname: string
  registry: Registry
}): Promise<Response> => {
  if (!env.flags.ENABLE_SLO_METRICS || !env.metricsToken) {
    // The same body as Payload's own 404 for a route it does not know.
    return Response.json({ message: `Route not found "${pathname}"` }, { status: 404 })
  }
  const token = bearerToken(authorization)
  if (!token || !isSameToken(token, env.metricsToken)) {
    return Response.json(
      { errors: [{ message: 'Unauthorized' }] },
      { headers: { 'WWW-Authenticate': 'Bearer realm="metrics"' }, status: 401 },
    )
  }
  return new Response(await registry.metrics(), {
    headers: { 'Cache-Control': 'no-store', 'Content-Type': registry.contentType },
    status: 200,
  })
}
