import type { RateLimitName } from './policies'
import { RATE_LIMITS } from './policies'

/** Where a key stands in its window: points left and milliseconds until the window ends. */
export type LimitState = { msBeforeNext: number; remainingPoints: number }

/** Whole seconds until a key's window ends, at least one: `Retry-After` and the reset time. */
export const retryAfterSeconds = (state: Pick<LimitState, 'msBeforeNext'>): number =>
  Math.max(1, Math.ceil(state.msBeforeNext / 1000))

/**
 * The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): `RateLimit-Policy`
 * names the policy with its quota and window, `RateLimit` what remains and when it resets, and a
 * refusal adds `Retry-After`. Pure.
 */
export const rateLimitHeaders = ({
  name,
  refused,
  state,
}: {
  name: RateLimitName
  refused: boolean
  state: LimitState
}): Record<string, string> => {
  const policy = RATE_LIMITS[name]
  const reset = retryAfterSeconds(state)
  return {
    RateLimit: `"${name}";r=${refused ? 0 : state.remainingPoints};t=${reset}`,
    'RateLimit-Policy': `"${name}";q=${policy.points};w=${policy.seconds}`,
    ...(refused ? { 'Retry-After': String(reset) } : {}),
  }
}
