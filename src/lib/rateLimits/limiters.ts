import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import type { Pool } from 'pg'
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'

import { readEnv } from '../env'
import type { RateLimitName } from './policies'
import { RATE_LIMITS } from './policies'
import type { LimitState } from './rateLimitHeaders'

/**
 * The counters behind the policies, shared by every app instance: in Redis when `REDIS_URL` is
 * set, else in PostgreSQL (`rate_limits`, from the migrations), through Payload's own pool. One
 * limiter per policy and store, kept on `globalThis` (Next.js may load this module once per route
 * bundle). A Redis that stops answering falls back to per-process memory counters rather than
 * failing every request (`insuranceLimiter`).
 */
type Limiters = Map<RateLimitName, RateLimiterAbstract>

const STATE = Symbol.for('building-office.rate-limits')
type State = { byPool: WeakMap<object, Limiters>; redis?: { client: Redis; limiters: Limiters } }
const processGlobal = globalThis as typeof globalThis & { [STATE]?: State }
const state = (processGlobal[STATE] ??= { byPool: new WeakMap() })

const optionsOf = (name: RateLimitName) => ({
  duration: RATE_LIMITS[name].seconds,
  keyPrefix: `rl:${name}`,
  points: RATE_LIMITS[name].points,
})

const redisLimiters = (url: string): Limiters => {
  if (!state.redis) {
    // Offline queueing off: while Redis is down a call fails at once and the insurance counts.
    const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    client.on('error', () => undefined)
    state.redis = { client, limiters: new Map() }
  }
  return state.redis.limiters
}

export const limiterFor = (payload: Payload, name: RateLimitName): RateLimiterAbstract => {
  const { redisUrl } = readEnv().rateLimits
  const pool = (payload.db as unknown as { pool: Pool }).pool
  let limiters = redisUrl ? redisLimiters(redisUrl) : state.byPool.get(pool)
  if (!limiters) state.byPool.set(pool, (limiters = new Map()))
  let limiter = limiters.get(name)
  if (!limiter) {
    limiter = redisUrl
      ? new RateLimiterRedis({
          ...optionsOf(name),
          insuranceLimiter: new RateLimiterMemory(optionsOf(name)),
          storeClient: state.redis!.client,
        })
      : new RateLimiterPostgres({
          ...optionsOf(name),
          clearExpiredByTimeout: false,
          storeClient: pool,
          tableCreated: true,
          tableName: 'rate_limits',
        })
    limiters.set(name, limiter)
  }
  return limiter
}

/** One counter to take a point from: a policy and the key it counts (an address, an account). */
export type LimitCheck = { key: string; name: RateLimitName }

export type LimitOutcome = {
  /** The policy that refused, with when it lets the key through again; null when none did. */
  refused: (LimitCheck & { state: LimitState }) | null
  states: (LimitCheck & { state: LimitState })[]
}

const stateOf = (result: RateLimiterRes): LimitState => ({
  msBeforeNext: result.msBeforeNext,
  remainingPoints: result.remainingPoints,
})

/**
 * Takes a point from each counter, atomically per counter, so parallel requests cannot all slip
 * through before one of them is counted. The refusal reported is the one that waits longest.
 */
export const consumeLimits = async (
  payload: Payload,
  checks: readonly LimitCheck[],
): Promise<LimitOutcome> => {
  const states = await Promise.all(
    checks.map(async (check) => {
      try {
        return {
          ...check,
          refused: false,
          state: stateOf(await limiterFor(payload, check.name).consume(check.key)),
        }
      } catch (error) {
        if (error instanceof RateLimiterRes)
          return { ...check, refused: true, state: stateOf(error) }
        throw error
      }
    }),
  )
  const refused = states
    .filter((check) => check.refused)
    .sort((a, b) => b.state.msBeforeNext - a.state.msBeforeNext)[0]
  return {
    refused: refused ? { key: refused.key, name: refused.name, state: refused.state } : null,
    states: states.map(({ key, name, state: limit }) => ({ key, name, state: limit })),
  }
}

/** Forgets a counter (a sign-in that succeeded clears that account and address). */
export const resetLimit = async (payload: Payload, check: LimitCheck): Promise<void> => {
  await limiterFor(payload, check.name).delete(check.key)
}

/** Gives a point back (a success should not count against a shared address). */
export const refundLimit = async (payload: Payload, check: LimitCheck): Promise<void> => {
  await limiterFor(payload, check.name).reward(check.key, 1)
}

/** Counts `points` at once: tests and the security view fill a window without that many requests. */
export const chargeLimit = async (payload: Payload, check: LimitCheck, points: number) => {
  await limiterFor(payload, check.name).penalty(check.key, points)
}
