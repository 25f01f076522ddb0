import type { Endpoint } from 'payload'

import { readEnv } from './env'
import { poolOf } from './db/poolOf'

/**
 * `GET /api/health` for load balancers: 200 when the database answers, 503 when it does not.
 * Public on purpose; it reveals only reachability and the build version.
 */
export const healthEndpoint: Endpoint = {
  handler: async (req) => {
    const started = performance.now()
    let database: 'down' | 'up' = 'up'
    try {
      await poolOf(req.payload).query('select 1')
    } catch (err) {
      database = 'down'
      req.payload.logger.error({ err, msg: 'health check: database unreachable' })
    }
    const body = {
      database,
      databaseLatencyMs: Math.round((performance.now() - started) * 10) / 10,
      status: database === 'up' ? 'ok' : 'degraded',
      version: readEnv().buildVersion,
    }
    return Response.json(body, {
      headers: { 'Cache-Control': 'no-store' },
      status: database === 'up' ? 200 : 503,
    })
  },
  method: 'get',
  path: '/health',
}
