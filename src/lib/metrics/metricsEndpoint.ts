import type { Endpoint } from 'payload'

import { readEnv } from '../env'
import type { AppEnv } from '../env'
import { metricsResponse } from './metricsResponse'
import type { Queryable } from '../queue/readQueueStats'
import { registry, trackQueueStats } from './registry'

type MetricsSettings = Pick<AppEnv, 'flags' | 'metricsToken' | 'queue'>

/**
 * `GET /api/metrics` for Prometheus (`Authorization: Bearer $METRICS_TOKEN`). `readSettings` is
 * there for tests: the environment is read once per process, so a test builds an endpoint with
 * other settings instead of changing it.
 */
export const createMetricsEndpoint = ({
  readSettings = readEnv,
}: { readSettings?: () => MetricsSettings } = {}): Endpoint => ({
  handler: async (req) => {
    const settings = readSettings()
    // The queue gauges read through Payload's pool at scrape time, from the configured schema.
    trackQueueStats({
      onError: (err) =>
        req.payload.logger.error({ err, msg: 'metrics: reading queue stats failed' }),
      pool: (req.payload.db as unknown as { pool?: Queryable }).pool,
      schema: settings.queue.schema,
    })
    return metricsResponse({
      authorization: req.headers.get('authorization'),
      env: settings,
      pathname: new URL(req.url ?? 'http://localhost/api/metrics').pathname,
      registry,
    })
  },
  method: 'get',
  path: '/metrics',
})

export const metricsEndpoint: Endpoint = createMetricsEndpoint()
