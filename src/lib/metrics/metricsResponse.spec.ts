import { Counter, Registry } from 'prom-client'

import { parseEnv } from '../env'
import { metricsResponse } from './metricsResponse'

const TOKEN = 'scrape-token-0123456789'
const base = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', METRICS_TOKEN: TOKEN }

const registry = new Registry()
new Counter({ help: 'A probe counter', name: 'probe_total', registers: [registry] }).inc()

const scrape = ({
  authorization = `Bearer ${TOKEN}`,
  env = {},
}: {
  authorization?: null | string
  env?: Record<string, string>
}) =>
  metricsResponse({
    authorization,
    env: parseEnv({ ...base, ...env }),
    pathname: '/api/metrics',
    registry,
  })

describe('metricsResponse', () => {
  it('should return the registry in Prometheus text format to the right bearer token', async () => {
    const response = await scrape({})
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(registry.contentType)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    await expect(response.text()).resolves.toContain('probe_total 1')
  })

  it('should accept the scheme in any case', async () => {
    expect((await scrape({ authorization: `bearer ${TOKEN}` })).status).toBe(200)
  })

  it.each([
    ['no header', null],
    ['an empty header', ''],
    ['a wrong token', 'Bearer scrape-token-0123456780'],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the token with more after it', `Bearer ${TOKEN}x`],
    ['another scheme', `Basic ${TOKEN}`],
    ['the bare token', TOKEN],
  ])('should answer 401 to %s', async (_case, authorization) => {
    const response = await scrape({ authorization })
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/)
    await expect(response.text()).resolves.not.toContain('probe_total')
  })

  it('should answer 404 when no token is configured, so it is never public by accident', async () => {
    const response = await metricsResponse({
      authorization: 'Bearer ',
      env: parseEnv({ DATABASE_URL: base.DATABASE_URL }),
      pathname: '/api/metrics',
      registry,
    })
    expect(response.status).toBe(404)
    await expect(response.json()).resolves.toEqual({ message: 'Route not found "/api/metrics"' })
  })

  it('should refuse a token shorter than 16 characters at start', () => {
    expect(() => parseEnv({ ...base, METRICS_TOKEN: 'too-short' })).toThrow(
      /METRICS_TOKEN: must be at least 16 characters/,
    )
  })

  it('should answer 404 to the right token when ENABLE_SLO_METRICS is off', async () => {
    const response = await scrape({ env: { ENABLE_SLO_METRICS: 'false' } })
    expect(response.status).toBe(404)
    await expect(response.text()).resolves.not.toContain('probe_total')
  })
})
