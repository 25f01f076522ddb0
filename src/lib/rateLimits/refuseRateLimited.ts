import { APIError } from 'payload'
import type { PayloadRequest } from 'payload'

import { addResponseHeaders } from '../http/addResponseHeaders'
import { metrics } from '../metrics/registry'
import { recordRateLimitRefusal } from '../security/recordRateLimitRefusal'
import { requestAddress } from './requestAddress'
import type { LimitOutcome } from './limiters'
import { rateLimitHeaders, retryAfterSeconds } from './rateLimitHeaders'

type Refusal = NonNullable<LimitOutcome['refused']>

/** What a refused caller reads: how long to wait, in words a person acts on. */
export const refusalMessage = (refused: Refusal): string => {
  const seconds = retryAfterSeconds(refused.state)
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
  addResponseHeaders(
    req,
    Object.entries(rateLimitHeaders({ name: refused.name, refused: true, state: refused.state })),
  )
  metrics.rateLimited.inc({ policy: refused.name })
  await recordRateLimitRefusal({
    accountKey,
    address: requestAddress(req.headers),
    payload: req.payload,
    refused,
  })
  throw new APIError(refusalMessage(refused), 429, {
    retryAfterSeconds: retryAfterSeconds(refused.state),
  })
}
