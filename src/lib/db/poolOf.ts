import type { Payload } from 'payload'
import type pg from 'pg'

/**
 * The pg pool behind Payload's postgres adapter, for work that must not join a request's
 * transaction (delivery rows, idempotency claims) or that talks SQL outside Payload (seeds,
 * health checks, tests). Inside a request, use `dbFor(req)` to stay in its transaction.
 */
export const poolOf = (payload: Payload): pg.Pool =>
  (payload.db as unknown as { pool: pg.Pool }).pool
