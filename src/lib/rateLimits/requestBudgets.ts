import { createHash } from 'node:crypto'

import type { LimitCheck } from './limiters'

const TOKEN_COOKIE = /(?:^|;\s*)payload-token=([^;]+)/

/**
 * Who a request is counted as, without verifying anything (that is Payload's job, later): the
 * credential it presents (a JWT or API key header, or the session cookie), hashed, or else the
 * client's address. A forged credential only moves the forger into a budget of their own, which
 * a guessing or flooding attacker exhausts as fast as any other.
 */
const callerKeyOf = (headers: Headers, address: null | string): null | string => {
  const credential =
    headers.get('authorization') ?? headers.get('cookie')?.match(TOKEN_COOKIE)?.[1] ?? null
  if (credential) {
    return `credential:${createHash('sha256').update(credential).digest('hex').slice(0, 32)}`
  }
  return address === null ? null : `address:${address}`
}

/**
 * The budgets an API request draws on (`RATE_LIMITS`): webhooks per office (payments, named by
 * `X-Office`) or per provider address (delivery status), GraphQL and everything else per caller.
 * A request with no credential and no known address (a handler called in-process) is counted
 * nowhere. Sign-in and password resets have their own limits in Payload's operations
 * (`signInLimits`). Pure.
 */
export const requestBudgetsOf = ({
  address,
  headers,
  method,
  pathname,
}: {
  address: null | string
  headers: Headers
  method: string
  pathname: string
}): LimitCheck[] => {
  if (method === 'OPTIONS') return []
  if (method === 'POST' && pathname === '/api/payments/webhook') {
    return [{ key: `office:${(headers.get('x-office') ?? '').slice(0, 100)}`, name: 'webhook' }]
  }
  if (method === 'POST' && pathname === '/api/notifications/delivery-status') {
    return address === null ? [] : [{ key: `address:${address}`, name: 'webhook' }]
  }
  const caller = callerKeyOf(headers, address)
  if (caller === null) return []
  return [{ key: caller, name: pathname === '/api/graphql' ? 'graphql' : 'api' }]
}
