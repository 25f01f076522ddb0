import { jest } from '@jest/globals'

import type * as Registry from './registry'
import { metrics, registry, trackQueueStats } from './registry'

describe('metrics registry', () => {
  it('should stay one registry with the same metric instances when the module is loaded again', async () => {
    let again: typeof Registry | undefined
    await jest.isolateModulesAsync(async () => {
      again = await import('./registry')
    })
    // A fresh evaluation of the module (as in another Next.js route bundle)...
    expect(again?.trackQueueStats).not.toBe(trackQueueStats)
    // ...shares the process's registry and metrics, so one scrape sees every observation.
    expect(again?.registry).toBe(registry)
    expect(again?.metrics.httpDuration).toBe(metrics.httpDuration)
    again?.metrics.deliveries.inc({ channel: 'email', status: 'sent' })
    await expect(
      registry.getSingleMetricAsString('notification_deliveries_total'),
    ).resolves.toContain('notification_deliveries_total{channel="email",status="sent"} 1')
  })

  it('should register the default process metrics exactly once', async () => {
    await jest.isolateModulesAsync(async () => {
      await import('./registry')
    })
    const names = registry
      .getMetricsAsArray()
      .map((metric) => (metric as unknown as { name: string }).name)
    expect(names).toContain('process_cpu_user_seconds_total')
    expect(names).toContain('nodejs_eventloop_lag_seconds')
    expect(names.length).toBe(new Set(names).size)
  })

  it('should report no queue series while no database is tracked', async () => {
    await expect(registry.getSingleMetricAsString('queue_depth')).resolves.not.toMatch(
      /^queue_depth\{/m,
    )
  })

  it('should report a failed queue read and still render the rest of the scrape', async () => {
    const errors: unknown[] = []
    trackQueueStats({
      onError: (err) => errors.push(err),
      pool: { query: async () => Promise.reject(new Error('connection refused')) },
    })
    const text = await registry.metrics()
    expect(text).toContain('# TYPE http_request_duration_seconds histogram')
    expect(text).not.toMatch(/^queue_depth\{/m)
    // Both gauges were collected from one shared read.
    expect(errors).toEqual([new Error('connection refused')])
    trackQueueStats({ onError: undefined, pool: undefined })
  })
})
