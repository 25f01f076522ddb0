import type { Payload } from 'payload'
import type pg from 'pg'

type PoolInternals = pg.Pool & {
  _clients?: (pg.PoolClient & { release?: () => void })[]
  _idle?: { client: pg.PoolClient }[]
}

/**
 * Shuts Payload down and really closes its connection pool. db-postgres checks out one client at
 * connect and never releases it, and `payload.destroy()` leaves the pool open, so a script or a
 * test run would otherwise never exit.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const pool = (payload.db as unknown as { pool?: PoolInternals }).pool
  await payload.destroy()
  if (!pool) return
  const idle = new Set((pool._idle ?? []).map((item) => item.client))
  for (const client of pool._clients ?? []) {
    if (!idle.has(client)) client.release?.()
  }
  await pool.end()
}
