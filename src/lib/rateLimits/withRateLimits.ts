import { getPayload } from 'payload'
import type { SanitizedConfig } from 'payload'

import { requestAddress } from './requestAddress'
import { consumeLimits } from './limiters'
import { rateLimitHeaders } from './rateLimitHeaders'
import { refusalMessage } from './refuseRateLimited'
import { requestBudgetsOf } from './requestBudgets'
import { metrics } from '../metrics/registry'
import { recordRateLimitRefusal } from '../security/recordRateLimitRefusal'
import { routeOf } from '../security/routeOf'

type RouteHandler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

/**
 * Wraps an API route handler with the request budgets (`requestBudgetsOf`): a request over its
 * budget is answered 429 with `Retry-After` and the RateLimit headers before Payload runs (and
 * the first refusal of each window is a security event); every other answer carries the
 * RateLimit headers of its budget.
 */
export const withRateLimits =
  <Args extends unknown[]>(
    config: Promise<SanitizedConfig> | SanitizedConfig,
    handler: RouteHandler<Args>,
  ): RouteHandler<Args> =>
  async (request, ...args) => {
    const address = requestAddress(request.headers)
    const checks = requestBudgetsOf({
      address,
      headers: request.headers,
      method: request.method,
      pathname: new URL(request.url).pathname,
    })
    if (checks.length === 0) return handler(request, ...args)
    const payload = await getPayload({ config })
    const outcome = await consumeLimits(payload, checks)
    if (outcome.refused) {
      metrics.rateLimited.inc({ policy: outcome.refused.name })
      await recordRateLimitRefusal({
        address,
        payload,
        refused: outcome.refused,
        route: routeOf(payload.config, request.method, request.url),
      })
      return Response.json(
        { errors: [{ message: refusalMessage(outcome.refused) }] },
        {
          headers: rateLimitHeaders({
            name: outcome.refused.name,
            refused: true,
            state: outcome.refused.state,
          }),
          status: 429,
        },
      )
    }
    const response = await handler(request, ...args)
    const [budget] = outcome.states
    const headers = new Headers(response.headers)
    for (const [key, value] of Object.entries(
      rateLimitHeaders({ name: budget.name, refused: false, state: budget.state }),
    )) {
      // A sign-in refused inside Payload already says which of its limits it hit.
      if (!headers.has(key)) headers.set(key, value)
    }
    return new Response(response.body, {
      headers,
      status: response.status,
      statusText: response.statusText,
    })
  }
