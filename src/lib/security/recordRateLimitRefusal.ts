import type { Payload } from 'payload'

import type { RateLimitName } from '../rateLimits/policies'
import { firstRefusals } from './firstRefusals'
import type { FirstRefusals } from './firstRefusals'
import type { SecurityEventKind } from './kinds'
import { recordSecurityEvents } from './recordSecurityEvents'

// One memory per process, like the limiters: Next.js may load this module once per route bundle.
const STATE = Symbol.for('building-office.security-first-refusals')
const processGlobal = globalThis as typeof globalThis & { [STATE]?: FirstRefusals }
const refusals = (processGlobal[STATE] ??= firstRefusals())

/** Sign-in policies are `login-rate-limited`; every other policy is `rate-limited`. Pure. */
export const rateLimitEventKind = (policy: RateLimitName): SecurityEventKind =>
  policy.startsWith('login-') ? 'login-rate-limited' : 'rate-limited'

/**
 * Records a rate-limit refusal as a security event, the first per policy and key in each window
 * (`firstRefusals`): one row says "this key hit this limit", and a flood of refused requests
 * costs no INSERT each.
 */
export const recordRateLimitRefusal = async ({
  accountKey,
  address,
  payload,
  refused,
  route,
}: {
  accountKey?: null | string
  address: null | string
  payload: Payload
  refused: { key: string; name: RateLimitName; state: { msBeforeNext: number } }
  /** The route pattern refused, when it says more than the policy. */
  route?: string
}): Promise<void> => {
  if (!refusals.isFirst(`${refused.name}:${refused.key}`, refused.state.msBeforeNext)) return
  await recordSecurityEvents({
    events: [
      {
        accountKey,
        address,
        detail: route ? { policy: refused.name, route } : { policy: refused.name },
        kind: rateLimitEventKind(refused.name),
      },
    ],
    payload,
  })
}
