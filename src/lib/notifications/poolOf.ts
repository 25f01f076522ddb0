import type { Payload } from 'payload'
import type pg from 'pg'

/**
 * The pg pool behind Payload. Delivery rows are written on it directly, outside any request
 * transaction on purpose: a message once sent cannot be unsent, so its row must commit before
 * the send and stay even if the caller's transaction rolls back (the caller's retry then finds
 * it by its idempotency key).
 */
export const poolOf = (payload: Payload): pg.Pool => (payload.db as unknown as { pool: pg.Pool }).pool
