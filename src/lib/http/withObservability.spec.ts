import { jest } from '@jest/globals'

import { metrics } from '../metrics/registry'
import { currentTraceId } from '../trace/traceContext'
import type { RoutingConfig } from './routeTable'
import { withObservability } from './withObservability'

const config: RoutingConfig = {
  collections: [{ endpoints: [{ method: 'get', path: '/:id' }], slug: 'wrapper-probes' }],
  routes: { api: '/api' },
}

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'

/** A handler that answers with the trace it ran under. */
const echoTrace = async () => Response.json({ traceId: currentTraceId() ?? null })

const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${path}`, { headers, method: 'GET' })

const observations = async (labels: Record<string, string>) => {
  const { values } = await metrics.httpDuration.get()
  const count = values.find(
    (value) =>
      value.metricName === 'http_request_duration_seconds_count' &&
      Object.entries(labels).every(
        ([key, expected]) => (value.labels as Record<string, unknown>)[key] === expected,
      ),
  )
  return count?.value ?? 0
}

describe('withObservability', () => {
  it("should run the handler under the incoming traceparent's trace id and echo it", async () => {
    const handler = withObservability({ config, handler: echoTrace })
    const response = await handler(get('/api/wrapper-probes/1', { traceparent: TRACEPARENT }))
    expect(response.headers.get('x-trace-id')).toBe('4bf92f3577b34da6a3ce929d0e0e4736')
    await expect(response.json()).resolves.toEqual({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736' })
  })

  it.each([[undefined], ['garbage'], ['00-00000000000000000000000000000000-00f067aa0ba902b7-01']])(
    'should start a new trace when the traceparent is %p',
    async (traceparent) => {
      const handler = withObservability({ config, handler: echoTrace })
      const response = await handler(
        get('/api/wrapper-probes/1', traceparent ? { traceparent } : {}),
      )
      const traceId = response.headers.get('x-trace-id')
      expect(traceId).toMatch(/^[0-9a-f]{32}$/)
      expect(traceId).not.toBe('0'.repeat(32))
      await expect(response.json()).resolves.toEqual({ traceId })
    },
  )

  it('should give concurrent requests their own trace ids', async () => {
    const handler = withObservability({ config, handler: echoTrace })
    const responses = await Promise.all(
      [1, 2, 3].map((n) => handler(get(`/api/wrapper-probes/${n}`))),
    )
    const ids = await Promise.all(
      responses.map(async (r) => [r.headers.get('x-trace-id'), (await r.json()).traceId]),
    )
    for (const [header, seen] of ids) expect(seen).toBe(header)
    expect(new Set(ids.map(([header]) => header)).size).toBe(3)
  })

  it('should turn a thrown error into a 500 that still carries the trace id', async () => {
    const errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const handler = withObservability({
      config,
      handler: async () => {
        throw new Error('boom')
      },
    })
    const response = await handler(get('/api/wrapper-probes/1', { traceparent: TRACEPARENT }))
    expect(response.status).toBe(500)
    expect(response.headers.get('x-trace-id')).toBe('4bf92f3577b34da6a3ce929d0e0e4736')
    expect(errorLog).toHaveBeenCalledWith(
      expect.objectContaining({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736' }),
    )
    errorLog.mockRestore()
  })

  it('should add the trace id to a response whose headers are immutable', async () => {
    const handler = withObservability({
      config,
      handler: async () => Response.redirect('http://localhost/elsewhere', 307),
    })
    const response = await handler(get('/api/wrapper-probes/1', { traceparent: TRACEPARENT }))
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('http://localhost/elsewhere')
    expect(response.headers.get('x-trace-id')).toBe('4bf92f3577b34da6a3ce929d0e0e4736')
  })

  it('should pass the route context through to the handler', async () => {
    const handler = withObservability({
      config,
      handler: async (_request: Request, context: { params: Promise<{ slug: string[] }> }) =>
        Response.json(await context.params),
    })
    const response = await handler(get('/api/wrapper-probes/1'), {
      params: Promise.resolve({ slug: ['a', 'b'] }),
    })
    await expect(response.json()).resolves.toEqual({ slug: ['a', 'b'] })
  })

  it('should observe the request duration under the route pattern, method and status', async () => {
    const labels = { method: 'GET', route: '/api/wrapper-probes/:id', status: '404' }
    const before = await observations(labels)
    const handler = withObservability({
      config,
      handler: async () => Response.json({}, { status: 404 }),
    })
    await handler(get('/api/wrapper-probes/123456'))
    await handler(get('/api/wrapper-probes/654321'))
    expect(await observations(labels)).toBe(before + 2)
    expect(await observations({ route: '/api/wrapper-probes/123456' })).toBe(0)
  })

  it('should observe failed requests as status 500', async () => {
    const errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const labels = { method: 'POST', route: '/api/*', status: '500' }
    const before = await observations(labels)
    const handler = withObservability({
      config,
      handler: async () => {
        throw new Error('boom')
      },
    })
    await handler(new Request('http://localhost/api/nowhere', { method: 'POST' }))
    expect(await observations(labels)).toBe(before + 1)
    errorLog.mockRestore()
  })
})
