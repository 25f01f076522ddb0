import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'

import { jest } from '@jest/globals'
import config from '@payload-config'
import type { Endpoint, Payload } from 'payload'
import pg from 'pg'
import PgBoss from 'pg-boss'

import * as graphqlRoute from '../../src/app/(payload)/api/graphql/route'
import * as restRoute from '../../src/app/(payload)/api/[...slug]/route'
import { readEnv } from '../../src/lib/env'
import { routePattern } from '../../src/lib/http/routePattern'
import { routeTable } from '../../src/lib/http/routeTable'
import { createMetricsEndpoint } from '../../src/lib/metrics/metricsEndpoint'
import { currentTraceId } from '../../src/lib/trace/traceContext'
import { startPayload } from '../helpers/testPayload'
import { buildWorld, TEST_PASSWORD } from '../helpers/world'
import type { World } from '../helpers/world'
import { poolOf } from '../../src/lib/db/poolOf'

/**
 * Observability through the real Next route handlers (the wrapped exports `next start` serves):
 * every response carries `X-Trace-Id`, Payload code runs under that trace, and `/api/metrics`
 * is guarded, labelled by route pattern and valid Prometheus text.
 */
type Method = 'DELETE' | 'GET' | 'OPTIONS' | 'PATCH' | 'POST'

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736'
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`
const TRACE_ID_PATTERN = /^[0-9a-f]{32}$/

let payload: Payload
let world: World

const call = async (
  method: Method,
  path: string,
  {
    body,
    headers = {},
    token,
  }: { body?: unknown; headers?: Record<string, string>; token?: string } = {},
) => {
  const url = new URL(`http://localhost/api/${path.replace(/^\//, '')}`)
  const request = new Request(url, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    method,
  })
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const response =
    slug[0] === 'graphql' && method !== 'OPTIONS'
      ? await graphqlRoute.POST(request)
      : await restRoute[method](request, { params: Promise.resolve({ slug }) })
  return { headers: response.headers, status: response.status, text: await response.text() }
}

const scrape = (authorization?: string) =>
  call('GET', 'metrics', { headers: authorization === undefined ? {} : { authorization } })

const bearer = () => `Bearer ${readEnv().metricsToken}`

/** Adds an endpoint to the running Payload for this suite (Payload reads endpoints per request). */
const addRootEndpoint = (endpoint: Endpoint) => {
  payload.config.endpoints.unshift(endpoint)
}

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

describe('X-Trace-Id on every response', () => {
  it.each([
    [
      'a REST read',
      200,
      () => call('GET', 'apartments?depth=0', { token: world.actors.adminA.token }),
    ],
    [
      'a REST create',
      201,
      () =>
        call('POST', 'buildings?depth=0', {
          body: {
            address: 'Ermou 2',
            city: 'Athens',
            name: 'Obs',
            postalCode: '10563',
            tenant: world.a.office.id,
          },
          token: world.actors.adminA.token,
        }),
    ],
    [
      'a foreign id (404)',
      404,
      () =>
        call('GET', `apartments/${world.b.apartments[0].id}`, { token: world.actors.adminA.token }),
    ],
    ['an unknown route (404)', 404, () => call('GET', 'no-such-route/1/2')],
    [
      'a forbidden read (403)',
      403,
      () => call('GET', 'buildings', { token: world.actors.residentA.token }),
    ],
    [
      'a bad body (400)',
      400,
      () => call('POST', 'apartments', { body: {}, token: world.actors.platform.token }),
    ],
    [
      'a login',
      200,
      () =>
        call('POST', 'users/login', {
          body: { email: world.actors.adminA.user.email, password: TEST_PASSWORD },
        }),
    ],
    [
      'a failed login (401)',
      401,
      () =>
        call('POST', 'users/login', {
          body: { email: 'nobody@test.local', password: 'wrong-password' },
        }),
    ],
    [
      'GraphQL',
      200,
      () =>
        call('POST', 'graphql', {
          body: { query: '{ Apartments { totalDocs } }' },
          token: world.actors.adminA.token,
        }),
    ],
    ['the health check', 200, () => call('GET', 'health')],
    ['a CORS preflight', 200, () => call('OPTIONS', 'apartments/1')],
    ['a GraphQL preflight', 200, () => call('OPTIONS', 'graphql')],
  ] as const)('should carry a trace id on %s', async (_case, status, request) => {
    const response = await request()
    expect(response.status).toBe(status)
    expect(response.headers.get('x-trace-id')).toMatch(TRACE_ID_PATTERN)
  })

  it('should echo the trace id of a valid incoming traceparent', async () => {
    const ok = await call('GET', 'health', { headers: { traceparent: TRACEPARENT } })
    const notFound = await call('GET', 'apartments/999999999', {
      headers: { traceparent: TRACEPARENT },
      token: world.actors.adminA.token,
    })
    expect(ok.headers.get('x-trace-id')).toBe(TRACE_ID)
    expect(notFound.status).toBe(404)
    expect(notFound.headers.get('x-trace-id')).toBe(TRACE_ID)
  })

  it('should start a new trace for a malformed traceparent and per request', async () => {
    const first = await call('GET', 'health', { headers: { traceparent: 'not-a-traceparent' } })
    const second = await call('GET', 'health')
    expect(first.headers.get('x-trace-id')).toMatch(TRACE_ID_PATTERN)
    expect(second.headers.get('x-trace-id')).toMatch(TRACE_ID_PATTERN)
    expect(first.headers.get('x-trace-id')).not.toBe(second.headers.get('x-trace-id'))
  })
})

describe('trace inside Payload', () => {
  it('should give a custom endpoint the trace of its request', async () => {
    addRootEndpoint({
      handler: async () => Response.json({ traceId: currentTraceId() }),
      method: 'get',
      path: '/trace-probe',
    })
    const response = await call('GET', 'trace-probe', { headers: { traceparent: TRACEPARENT } })
    expect(JSON.parse(response.text)).toEqual({ traceId: TRACE_ID })
  })

  it('should give collection hooks (where audit events are written) the trace of their request', async () => {
    const seen: (string | undefined)[] = []
    const hooks = payload.collections.buildings.config.hooks.beforeChange
    const probe = () => {
      seen.push(currentTraceId())
    }
    hooks.push(probe)
    try {
      const response = await call('POST', 'buildings?depth=0', {
        body: {
          address: 'Ermou 3',
          city: 'Athens',
          name: 'Traced',
          postalCode: '10563',
          tenant: world.a.office.id,
        },
        headers: { traceparent: TRACEPARENT },
        token: world.actors.adminA.token,
      })
      expect(response.status).toBe(201)
    } finally {
      hooks.splice(hooks.indexOf(probe), 1)
    }
    expect(seen).toEqual([TRACE_ID])
  })
})

describe('GET /api/metrics', () => {
  it('should refuse a scrape without a token', async () => {
    const response = await scrape()
    expect(response.status).toBe(401)
    expect(response.text).not.toContain('http_request_duration_seconds')
    expect(response.headers.get('x-trace-id')).toMatch(TRACE_ID_PATTERN)
  })

  it('should refuse a scrape with a wrong token', async () => {
    const response = await scrape(`Bearer ${readEnv().metricsToken}-wrong`)
    expect(response.status).toBe(401)
    expect(response.text).not.toContain('http_request_duration_seconds')
  })

  it('should label requests by route pattern, never by raw id', async () => {
    const apartment = world.a.apartments[1]
    const read = await call('GET', `apartments/${apartment.id}?depth=0`, {
      token: world.actors.adminA.token,
    })
    expect(read.status).toBe(200)
    const response = await scrape(bearer())
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(response.text).toMatch(
      /^http_request_duration_seconds_count\{method="GET",route="\/api\/apartments\/:id",status="200"\} [1-9]\d*$/m,
    )
    expect(response.text).toMatch(
      /^http_request_duration_seconds_count\{method="POST",route="\/api\/users\/login",status="200"\} /m,
    )
    expect(response.text).toMatch(
      /^http_request_duration_seconds_count\{method="POST",route="\/api\/graphql",status="200"\} /m,
    )
    expect(response.text).toMatch(
      /^http_request_duration_seconds_count\{method="GET",route="\/api\/\*",status="404"\} /m,
    )
    expect(response.text).not.toContain(`/api/apartments/${apartment.id}`)
    expect(response.text).not.toContain('no-such-route')
    expect(response.text).toMatch(/^process_cpu_user_seconds_total /m)
  })

  it.each([
    ['GET', '/api/apartments', '/api/apartments'],
    ['GET', '/api/apartments/4711', '/api/apartments/:id'],
    ['GET', '/api/apartments/3f2b8c1e-9d4a-4c7b-8e21-5a6f0d9c1b23', '/api/apartments/:id'],
    ['POST', '/api/users/login', '/api/users/login'],
    ['GET', '/api/users/me', '/api/users/me'],
    ['POST', '/api/graphql', '/api/graphql'],
    ['GET', '/api/health', '/api/health'],
    ['GET', '/api/metrics', '/api/metrics'],
    ['GET', '/api/financial/dashboard/overview', '/api/financial/dashboard/overview'],
    ['POST', '/api/payments/webhook', '/api/payments/webhook'],
    ['GET', '/api/apartments/1/2/3', '/api/apartments/*'],
  ])(
    'should label %s %s as %s with the routes of the real config',
    async (method, pathname, expected) => {
      expect(routePattern({ method, pathname, routes: routeTable(await config) })).toBe(expected)
    },
  )

  it('should answer 404 when ENABLE_SLO_METRICS is off, even to the right token', async () => {
    addRootEndpoint({
      ...createMetricsEndpoint({
        readSettings: () => ({
          ...readEnv(),
          flags: { ...readEnv().flags, ENABLE_SLO_METRICS: false },
        }),
      }),
      path: '/metrics-flag-off',
    })
    const response = await call('GET', 'metrics-flag-off', { headers: { authorization: bearer() } })
    expect(response.status).toBe(404)
    expect(response.text).not.toContain('http_request_duration_seconds')
  })

  it('should answer 404 when no METRICS_TOKEN is configured', async () => {
    addRootEndpoint({
      ...createMetricsEndpoint({ readSettings: () => ({ ...readEnv(), metricsToken: undefined }) }),
      path: '/metrics-no-token',
    })
    const response = await call('GET', 'metrics-no-token', {
      headers: { authorization: 'Bearer undefined' },
    })
    expect(response.status).toBe(404)
  })
})

// A pg-boss schema of this suite's own, so queues of other suites sharing the database stay out;
// scraped through a copy of the metrics endpoint whose settings name it.
const schema = `obs_${randomUUID().slice(0, 8)}`
const queueScrapePath = 'metrics-queue-probe'
let boss: PgBoss | undefined

afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true })
  // Payload's pool may already be closed by the shared teardown: use a connection of our own.
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  await client.query(`drop schema if exists ${schema} cascade`)
  await client.end()
})

const scrapeQueues = () => call('GET', queueScrapePath, { headers: { authorization: bearer() } })

describe('queue gauges', () => {
  const queue = 'obs-probe'

  beforeAll(() => {
    addRootEndpoint({
      ...createMetricsEndpoint({
        readSettings: () => ({ ...readEnv(), queue: { ...readEnv().queue, schema } }),
      }),
      path: `/${queueScrapePath}`,
    })
  })

  const values = (text: string, name: string): Record<string, number> =>
    Object.fromEntries(
      text.split('\n').flatMap((line) => {
        const match = new RegExp(`^${name}\\{queue="([^"]+)"\\} (\\S+)$`).exec(line)
        return match ? [[match[1], Number(match[2])]] : []
      }),
    )

  it('should report no queue series, and no error, before pg-boss created its schema', async () => {
    const errors = jest.spyOn(payload.logger, 'error')
    const response = await scrapeQueues()
    expect(response.status).toBe(200)
    expect(response.text).toContain('# TYPE queue_depth gauge')
    expect(values(response.text, 'queue_depth')).toEqual({})
    expect(errors).not.toHaveBeenCalled()
    errors.mockRestore()
  })

  it('should report depth, running jobs and the age of the oldest due job per queue', async () => {
    boss = new PgBoss({
      connectionString: process.env.DATABASE_URL,
      max: 2,
      schedule: false,
      schema,
      supervise: false,
    })
    boss.on('error', (err) => payload.logger.error({ err, msg: 'pg-boss in observability test' }))
    await boss.start()
    await boss.createQueue(queue)
    await boss.createQueue('obs-empty')
    await boss.send(queue, { n: 1 })
    const due = await boss.send(queue, { n: 2 })
    await boss.send(queue, { n: 3 }, { startAfter: 3600 })
    // Backdate one due job so its wait is known without sleeping.
    const pool = poolOf(payload)
    await pool.query(
      `update ${schema}.job set start_after = now() - interval '90 seconds' where id = $1`,
      [due],
    )

    const { text } = await scrapeQueues()
    expect(values(text, 'queue_depth')).toEqual({ 'obs-empty': 0, [queue]: 3 })
    expect(values(text, 'queue_active_jobs')).toEqual({ 'obs-empty': 0, [queue]: 0 })
    const ages = values(text, 'queue_oldest_job_age_seconds')
    expect(ages['obs-empty']).toBe(0)
    expect(ages[queue]).toBeGreaterThanOrEqual(90)
    expect(ages[queue]).toBeLessThan(3600)
  })

  it('should move a job from waiting to running once a worker fetched it', async () => {
    const [job] = (await boss?.fetch(queue)) ?? []
    expect(job).toBeDefined()
    const { text } = await scrapeQueues()
    expect(values(text, 'queue_depth')[queue]).toBe(2)
    expect(values(text, 'queue_active_jobs')[queue]).toBe(1)
  })
})

// promtool (Debian package `prometheus`) lints the exposition format; `.ci/run` installs it.
const promtool = spawnSync('promtool', ['--version'], { encoding: 'utf8' })
const promtoolMissing = promtool.error
  ? `promtool is not installed (${promtool.error.message}); apt-get install -y prometheus`
  : null
if (promtoolMissing) {
  if (process.env.CI === 'true')
    throw new Error(`Metrics lint cannot run in CI: ${promtoolMissing}`)
  console.warn(`Skipping the promtool check: ${promtoolMissing}`)
}
const describeWithPromtool = promtoolMissing ? describe.skip : describe

describeWithPromtool('GET /api/metrics output (promtool)', () => {
  it('should pass `promtool check metrics` without problems', async () => {
    await call('GET', `apartments/${world.a.apartments[0].id}`, {
      token: world.actors.adminA.token,
    })
    const response = await scrapeQueues()
    expect(response.status).toBe(200)
    expect(response.text).toMatch(
      /^http_request_duration_seconds_bucket\{.*route="\/api\/apartments\/:id"/m,
    )
    expect(response.text).toContain('queue_depth{queue="obs-probe"}')
    const check = spawnSync('promtool', ['check', 'metrics'], {
      encoding: 'utf8',
      input: response.text,
    })
    expect({ output: `${check.stdout}${check.stderr}`.trim(), status: check.status }).toEqual({
      output: '',
      status: 0,
    })
  })
})
