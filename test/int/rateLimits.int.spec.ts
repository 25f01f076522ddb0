import { createHash, randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { cleanupRateLimits } from '../../src/lib/rateLimits/cleanupRateLimits'
import { chargeLimit } from '../../src/lib/rateLimits/limiters'
import { RATE_LIMITS } from '../../src/lib/rateLimits/policies'
import { api, graphql } from '../helpers/http'
import { startPayload } from '../helpers/testPayload'
import { buildWorld, TEST_PASSWORD } from '../helpers/world'
import type { World } from '../helpers/world'

/**
 * Rate limits on the real route handlers and the PostgreSQL store: sign-in per account and
 * address (a guesser is stopped, the owner elsewhere is not, nobody is locked out), per address,
 * per account with known addresses passing, parallel guesses counted, password resets, GraphQL
 * sign-ins, the per-caller API budget and the webhooks; every refusal a 429 with `Retry-After`,
 * `RateLimit-Policy` and `RateLimit`. Each test uses addresses of its own (documentation ranges),
 * so counters never meet across tests or suites.
 */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

let nextAddress = 1
const freshAddress = () => `198.51.100.${nextAddress++}`

const login = (email: string, password: string, address: string) =>
  api('POST', 'users/login', {
    body: { email, password },
    headers: { 'x-forwarded-for': address },
  })

const accountKey = (email: string) =>
  createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 32)

const lockState = async (id: number) =>
  (await payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })) as {
    lockUntil?: null | string
    loginAttempts?: null | number
  }

describe('sign-in', () => {
  it('should stop a guesser at one address after 5 failures, and not the owner elsewhere', async () => {
    const user = world.actors.managerA.user
    const attacker = freshAddress()
    const statuses: number[] = []
    let refused: Awaited<ReturnType<typeof login>> | undefined
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const answer = await login(user.email, `wrong-${attempt}`, attacker)
      statuses.push(answer.status)
      refused ??= answer.status === 429 ? answer : undefined
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]))
    expect(refused!.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(800)
    expect(refused!.headers.get('ratelimit-policy')).toBe('"login-account-address";q=5;w=900')
    expect(refused!.headers.get('ratelimit')).toMatch(/^"login-account-address";r=0;t=\d+$/)
    expect(refused!.body.errors[0].message).toMatch(/Too many requests: try again in 1[45] minutes/)
    // Even the right password waits at that address: a guesser who found it learns nothing.
    expect((await login(user.email, TEST_PASSWORD, attacker)).status).toBe(429)

    // The owner, elsewhere, signs in; Payload's own account lock never engaged.
    expect((await login(user.email, TEST_PASSWORD, freshAddress())).status).toBe(200)
    expect(payload.collections.users.config.auth.maxLoginAttempts).toBe(0)
    expect(await lockState(user.id)).not.toHaveProperty('lockUntil')
  })

  it('should count parallel guesses one by one: at most 5 passwords are checked', async () => {
    const user = world.actors.accountantA.user
    const attacker = freshAddress()
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(user.email, `parallel-${i}`, attacker)),
    )
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 401)).toHaveLength(5)
    expect(statuses.filter((status) => status === 429)).toHaveLength(15)
  })

  it('should start an account and address afresh after a successful sign-in', async () => {
    const user = world.actors.vendorA.user
    const address = freshAddress()
    for (let i = 0; i < 4; i += 1)
      expect((await login(user.email, 'nope', address)).status).toBe(401)
    expect((await login(user.email, TEST_PASSWORD, address)).status).toBe(200)
    for (let i = 0; i < 5; i += 1)
      expect((await login(user.email, 'nope', address)).status).toBe(401)
    expect((await login(user.email, 'nope', address)).status).toBe(429)
  })

  it('should stop one address guessing many accounts', async () => {
    const address = freshAddress()
    await chargeLimit(
      payload,
      { key: address, name: 'login-address' },
      RATE_LIMITS['login-address'].points,
    )
    const answer = await login(`nobody-${randomUUID()}@test.local`, 'x', address)
    expect(answer.status).toBe(429)
    expect(answer.headers.get('ratelimit-policy')).toBe('"login-address";q=100;w=3600')
  })

  it('should hold back an account guessed from many addresses, except where its owner signs in', async () => {
    const user = world.actors.residentA.user
    const home = freshAddress()
    expect((await login(user.email, TEST_PASSWORD, home)).status).toBe(200)
    await chargeLimit(
      payload,
      { key: accountKey(user.email), name: 'login-account' },
      RATE_LIMITS['login-account'].points,
    )
    const elsewhere = await login(user.email, TEST_PASSWORD, freshAddress())
    expect([elsewhere.status, elsewhere.headers.get('ratelimit-policy')]).toEqual([
      429,
      '"login-account";q=50;w=3600',
    ])
    expect((await login(user.email, TEST_PASSWORD, home)).status).toBe(200)
  })

  it('should limit sign-ins through GraphQL by the same counters', async () => {
    const user = world.actors.adminB.user
    const attacker = freshAddress()
    for (let i = 0; i < 5; i += 1) await login(user.email, 'nope', attacker)
    const request = new Request('http://localhost/api/graphql', {
      body: JSON.stringify({
        query: `mutation { loginUser(email: "${user.email}", password: "${TEST_PASSWORD}") { token } }`,
      }),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': attacker },
      method: 'POST',
    })
    const { POST } = await import('../../src/app/(payload)/api/graphql/route')
    const response = await POST(request)
    const body = (await response.json()) as {
      data?: { loginUser: unknown }
      errors?: { extensions?: { statusCode?: number }; message: string }[]
    }
    expect(body.data?.loginUser ?? null).toBeNull()
    expect(body.errors?.[0]).toMatchObject({
      extensions: { statusCode: 429 },
      message: expect.stringMatching(/Too many requests/),
    })
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(
      (
        await graphql(
          `mutation { loginUser(email: "${user.email}", password: "${TEST_PASSWORD}") { token } }`,
        )
      ).body.errors,
    ).toBeUndefined()
  })
})

describe('password resets', () => {
  it('should send at most 3 reset mails an hour for one account', async () => {
    const email = world.actors.accountantA.user.email
    const statuses: number[] = []
    for (let i = 0; i < 4; i += 1) {
      const answer = await api('POST', 'users/forgot-password', {
        body: { email },
        headers: { 'x-forwarded-for': freshAddress() },
      })
      statuses.push(answer.status)
    }
    expect(statuses).toEqual([200, 200, 200, 429])
  })
})

describe('request budgets', () => {
  it('should tell every API answer its budget, and refuse a spent one before Payload runs', async () => {
    const { token } = world.actors.adminA
    const ok = await api('GET', 'buildings?limit=1', { token })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('ratelimit-policy')).toBe('"api";q=3000;w=60')
    expect(ok.headers.get('ratelimit')).toMatch(/^"api";r=\d+;t=\d+$/)

    const key = `credential:${createHash('sha256').update(`JWT ${token}`).digest('hex').slice(0, 32)}`
    await chargeLimit(payload, { key, name: 'api' }, RATE_LIMITS.api.points)
    const refused = await api('GET', 'buildings?limit=1', { token })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    // Another caller's budget is its own.
    expect(
      (await api('GET', 'buildings?limit=1', { token: world.actors.accountantA.token })).status,
    ).toBe(200)
  })

  it('should refuse a webhook flood per office, before the signature is checked', async () => {
    const slug = world.b.office.slug
    await chargeLimit(
      payload,
      { key: `office:${slug}`, name: 'webhook' },
      RATE_LIMITS.webhook.points,
    )
    const answer = await api('POST', 'payments/webhook', {
      body: { eventId: 'x' },
      headers: { 'x-office': slug },
    })
    expect([answer.status, answer.headers.get('ratelimit-policy')]).toEqual([
      429,
      '"webhook";q=600;w=60',
    ])
  })
})

describe('housekeeping', () => {
  it('should delete counters whose window ended, and keep the live ones', async () => {
    const db = (payload.db as unknown as { pool: { query: (text: string) => Promise<unknown> } })
      .pool
    const ended = `rl:api:ended-${randomUUID()}`
    const live = `rl:api:live-${randomUUID()}`
    await db.query(
      `insert into rate_limits (key, points, expire) values ('${ended}', 3, 1000), ('${live}', 3, ${Date.now() + 60_000})`,
    )
    expect(await cleanupRateLimits({ payload })).toBeGreaterThanOrEqual(1)
    const { rows } = (await db.query(
      `select key from rate_limits where key in ('${ended}', '${live}')`,
    )) as { rows: { key: string }[] }
    expect(rows.map((row) => row.key)).toEqual([live])
  })
})
