import { APIError } from 'payload'
import type { PayloadRequest } from 'payload'

import { readEnv } from '../env'
import { metrics } from '../metrics/registry'
import { recordRateLimitRefusal } from '../security/recordRateLimitRefusal'
import { clientAddressOf } from './clientAddress'
import type { LimitOutcome } from './limiters'
import { rateLimitHeaders } from './rateLimitHeaders'

type Refusal = NonNullable<LimitOutcome['refused']>

/** What a refused caller reads: how long to wait, in words a person acts on. */
export const refusalMessage = (refused: Refusal): string => {
  const seconds = Math.max(1, Math.ceil(refused.state.msBeforeNext / 1000))
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`
  return `Too many requests: try again in ${wait}`
}

/**
 * Ends a Payload operation with 429: the RateLimit headers and `Retry-After` go on the request's
 * response headers, which Payload's REST and GraphQL answers carry, and the refusal is counted
 * and recorded as a security event (with the account's key, when the caller knows it).
 */
export const refuseRateLimited = async (
  req: PayloadRequest,
  refused: Refusal,
  { accountKey }: { accountKey?: string } = {},
): Promise<never> => {
  const headers = new Headers(req.responseHeaders)
  for (const [key, value] of Object.entries(
    rateLimitHeaders({ name: refused.name, refused: true, state: refused.state }),
  )) {
    headers.set(key, value)
  }
  req.responseHeaders = headers
  metrics.rateLimited.inc({ policy: refused.name })
  await recordRateLimitRefusal({
    accountKey,
    address: clientAddressOf(req.headers, readEnv().rateLimits.trustedHops),
    payload: req.payload,
    refused,
  })
  throw new APIError(refusalMessage(refused), 429, {
    retryAfterSeconds: Math.max(1, Math.ceil(refused.state.msBeforeNext / 1000)),
  })
}
