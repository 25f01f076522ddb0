import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { scopeOf } from '../../src/access/scopeOf'
import type { ScopedUser } from '../../src/access/scopeOf'
import { poolOf } from '../../src/lib/db/poolOf'
import { readEnv } from '../../src/lib/env'
import { registry } from '../../src/lib/metrics/registry'
import { signPublicLink } from '../../src/lib/publicLinks/signPublicLink'
import { chargeLimit } from '../../src/lib/rateLimits/limiters'
import { RATE_LIMITS } from '../../src/lib/rateLimits/policies'
import { accountKeyOf } from '../../src/lib/security/accountKey'
import { pruneSecurityEvents } from '../../src/lib/security/pruneSecurityEvents'
import { recordPublicLinkRefusal } from '../../src/lib/security/recordPublicLinkRefusal'
import { recordSecurityEvents } from '../../src/lib/security/recordSecurityEvents'
import {
  dailyCounts,
  kindCounts,
  latestSecurityEvents,
  topOffenders,
} from '../../src/lib/security/view/securityViewData'
import { isViewRefusal, securityViewScope } from '../../src/lib/security/view/securityViewScope'
import type { SecurityViewScope } from '../../src/lib/security/view/securityViewScope'
import { openStatementLink } from '../../src/lib/statement/openStatementLink'
import { signWebhook } from '../../src/lib/webhooks/webhookSignature'
import { api, graphql } from '../helpers/http'
import { startPayload } from '../helpers/testPayload'
import { buildWorld, TEST_PASSWORD } from '../helpers/world'
import type { World } from '../helpers/world'

/**
 * Security events (NC-504) on the real route handlers and PostgreSQL: every emitter writes its
 * row (failed and rate-limited sign-ins, other rate limits, bad webhook signatures, refused
 * public links, 403s, another office's ids on REST, GraphQL and a feature API, and nothing for
 * an id that exists nowhere or in the caller's own office), the metric counts, nobody writes
 * the collection through Payload, office admins read their offices' rows only, other roles
 * nothing, the view's reads count what they should for each role, and the prune keeps 90 days.
 * Each test uses addresses of its own, so rows never meet across tests or suites.
 */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

type EventRow = {
  account_key: null | string
  actor_id: null | number
  address: null | string
  detail: Record<string, unknown>
  id: number
  kind: string
  tenant_id: null | number
  trace_id: null | string
}

let nextAddress = 1
const freshAddress = () => `203.0.113.${nextAddress++}`

const rowsWhere = async (where: string, values: unknown[]): Promise<EventRow[]> =>
  (
    await poolOf(payload).query<EventRow>(
      `select id, kind, tenant_id, actor_id, account_key, address, trace_id, detail
         from security_events where ${where} order by id`,
      values,
    )
  ).rows

const rowsFrom = (address: string) => rowsWhere('address = $1', [address])

const login = (email: string, password: string, address: string) =>
  api('POST', 'users/login', {
    body: { email, password },
    headers: { 'x-forwarded-for': address },
  })

const metricValue = async (kind: string): Promise<number> => {
  const text = await registry.getSingleMetricAsString('security_events_total')
  const match = new RegExp(`security_events_total\\{kind="${kind}"\\} (\\d+)`).exec(text)
  return match ? Number(match[1]) : 0
}

describe('sign-in events', () => {
  it('should record a wrong password by account key and address, never the e-mail', async () => {
    const user = world.actors.managerA.user
    const address = freshAddress()
    const before = await metricValue('login-failed')
    expect((await login(user.email, 'wrong-password', address)).status).toBe(401)
    const rows = await rowsFrom(address)
    expect(rows).toEqual([
      expect.objectContaining({
        account_key: accountKeyOf(user.email),
        actor_id: null,
        detail: { reason: 'wrong-credentials' },
        kind: 'login-failed',
        tenant_id: null,
      }),
    ])
    expect(rows[0].trace_id).toMatch(/^[0-9a-f]{32}$/)
    expect(await metricValue('login-failed')).toBe(before + 1)
    const { rows: leaks } = await poolOf(payload).query(
      `select 1 from security_events e where row_to_json(e)::text ilike $1`,
      [`%${user.email}%`],
    )
    expect(leaks).toEqual([])
  })

  it('should record a failed GraphQL sign-in, and nothing for a good one', async () => {
    const email = `nobody-${randomUUID()}@test.local`
    const answer = await graphql(
      `mutation { loginUser(email: "${email}", password: "nope") { token } }`,
    )
    expect(answer.body.errors?.[0]).toBeDefined()
    expect(await rowsWhere('account_key = $1', [accountKeyOf(email)])).toEqual([
      expect.objectContaining({ kind: 'login-failed' }),
    ])

    const address = freshAddress()
    expect((await login(world.actors.vendorA.user.email, TEST_PASSWORD, address)).status).toBe(200)
    expect(await rowsFrom(address)).toEqual([])
  })

  it('should record a sign-in refused by its limits once per window, with its policy', async () => {
    const user = world.actors.accountantA.user
    const address = freshAddress()
    const account = accountKeyOf(user.email)
    await chargeLimit(
      payload,
      { key: `${account}:${address}`, name: 'login-account-address' },
      RATE_LIMITS['login-account-address'].points,
    )
    const before = await metricValue('login-rate-limited')
    expect((await login(user.email, TEST_PASSWORD, address)).status).toBe(429)
    expect((await login(user.email, 'again', address)).status).toBe(429)
    expect(await rowsFrom(address)).toEqual([
      expect.objectContaining({
        account_key: account,
        detail: { policy: 'login-account-address' },
        kind: 'login-rate-limited',
      }),
    ])
    expect(await metricValue('login-rate-limited')).toBe(before + 1)
  })
})

describe('rate-limit events', () => {
  it('should record an API budget refusal with its policy and route pattern', async () => {
    const address = freshAddress()
    await chargeLimit(payload, { key: `address:${address}`, name: 'api' }, RATE_LIMITS.api.points)
    const answer = await api('GET', `buildings/${world.a.buildings[0].id}`, {
      headers: { 'x-forwarded-for': address },
    })
    expect(answer.status).toBe(429)
    expect(await rowsFrom(address)).toEqual([
      expect.objectContaining({
        detail: { policy: 'api', route: '/api/buildings/:id' },
        kind: 'rate-limited',
        tenant_id: null,
      }),
    ])
  })
})

describe('webhook events', () => {
  const webhook = (path: string, headers: Record<string, string>) => {
    const raw = JSON.stringify({ events: [] })
    return api('POST', path, {
      headers: {
        ...headers,
        'x-signature': signWebhook({
          body: raw,
          secret: 'not-the-secret-0123456789',
          timestamp: Math.floor(Date.now() / 1000),
        }),
      },
      rawBody: raw,
    })
  }

  it("should record a bad payment webhook signature in the named office, and an unknown office's in none", async () => {
    const address = freshAddress()
    const known = await webhook('payments/webhook', {
      'x-forwarded-for': address,
      'x-office': world.a.office.slug,
    })
    const unknown = await webhook('payments/webhook', {
      'x-forwarded-for': address,
      'x-office': `nobody-${randomUUID()}`,
    })
    expect([known.status, unknown.status]).toEqual([401, 401])
    expect(await rowsFrom(address)).toEqual([
      expect.objectContaining({
        detail: { endpoint: 'payment-webhook', reason: 'signature mismatch' },
        kind: 'webhook-bad-signature',
        tenant_id: world.a.office.id,
      }),
      expect.objectContaining({
        detail: { endpoint: 'payment-webhook', reason: 'unknown office' },
        kind: 'webhook-bad-signature',
        tenant_id: null,
      }),
    ])
  })

  it('should record a bad delivery status signature', async () => {
    const address = freshAddress()
    const answer = await webhook('notifications/delivery-status', { 'x-forwarded-for': address })
    expect(answer.status).toBe(401)
    expect(await rowsFrom(address)).toEqual([
      expect.objectContaining({
        detail: { endpoint: 'delivery-status', reason: 'signature mismatch' },
        kind: 'webhook-bad-signature',
        tenant_id: null,
      }),
    ])
  })
})

describe('public link events', () => {
  const statementToken = (officeId: number, subjectId: number, nowSeconds = Date.now() / 1000) =>
    signPublicLink({
      keys: readEnv().publicLinkKeys,
      lifetimeSeconds: 3600,
      now: nowSeconds,
      officeId,
      purpose: 'statement',
      subjectId,
    })

  // What the statement page does with a link that does not open.
  const open = async (token: string, address: string) => {
    const opened = await openStatementLink({ payload, token })
    if (opened.ok) return opened
    await recordPublicLinkRefusal({
      address,
      payload,
      purpose: 'statement',
      reason: opened.reason,
      token,
    })
    return opened
  }

  it('should record each refusal with its reason, in the office the link was genuinely signed for', async () => {
    const address = freshAddress()
    const apartmentA = world.a.apartments[0].id
    const foreign = statementToken(world.b.office.id, apartmentA)
    const expired = statementToken(world.a.office.id, apartmentA, Date.now() / 1000 - 7200)
    const good = statementToken(world.a.office.id, apartmentA)
    const forged = `${good.slice(0, -2)}${good.endsWith('AA') ? 'BB' : 'AA'}`
    expect(await open(foreign, address)).toEqual({ ok: false, reason: 'wrong-office' })
    expect(await open(expired, address)).toEqual({ ok: false, reason: 'expired' })
    expect(await open(forged, address)).toMatchObject({ ok: false })
    expect(await open(good, address)).toMatchObject({ ok: true })
    const rows = await rowsFrom(address)
    expect(rows.map((row) => [row.kind, row.tenant_id, row.detail.reason])).toEqual([
      ['public-link-refused', world.b.office.id, 'wrong-office'],
      ['public-link-refused', world.a.office.id, 'expired'],
      ['public-link-refused', null, expect.stringMatching(/^(bad-signature|malformed)$/)],
    ])
  })
})

describe('403 and cross-office events', () => {
  it('should record a 403 on REST and GraphQL with the user, their office and the route', async () => {
    const resident = world.actors.residentA
    const address = freshAddress()
    const rest = await api('GET', 'buildings', {
      headers: { 'x-forwarded-for': address },
      token: resident.token,
    })
    expect(rest.status).toBe(403)
    expect(await rowsFrom(address)).toEqual([
      expect.objectContaining({
        actor_id: resident.user.id,
        detail: { collection: 'buildings', route: '/api/buildings' },
        kind: 'forbidden',
        tenant_id: world.a.office.id,
      }),
    ])

    const before = await rowsWhere(`actor_id = $1 and detail->>'field' = 'Buildings'`, [
      resident.user.id,
    ])
    const gql = await graphql('{ Buildings { docs { id } } }', { token: resident.token })
    expect(gql.body.errors?.[0]).toBeDefined()
    const after = await rowsWhere(`actor_id = $1 and detail->>'field' = 'Buildings'`, [
      resident.user.id,
    ])
    expect(after.slice(before.length)).toEqual([
      expect.objectContaining({
        detail: { collection: 'buildings', field: 'Buildings', route: '/api/graphql' },
        kind: 'forbidden',
        tenant_id: world.a.office.id,
      }),
    ])
  })

  it("should record a REST 404 or 403 for another office's id in that office, and not for an id of no office", async () => {
    const admin = world.actors.adminA
    const address = freshAddress()
    const foreign = world.b.buildings[0].id
    const asAdmin = { headers: { 'x-forwarded-for': address }, token: admin.token }
    expect((await api('GET', `buildings/${foreign}`, asAdmin)).status).toBe(404)
    // Payload refuses a write by id outside the user's scope with 403: still a probe.
    expect(
      (await api('PATCH', `buildings/${foreign}`, { ...asAdmin, body: { name: 'x' } })).status,
    ).toBe(403)
    expect((await api('GET', 'buildings/2147483000', asAdmin)).status).toBe(404)
    expect((await api('GET', 'buildings/abc', asAdmin)).status).toBe(404)
    // A manager's own office's building outside their assignment is a 404 but no probe.
    expect(
      (
        await api('GET', `buildings/${world.a.buildings[1].id}`, {
          headers: { 'x-forwarded-for': address },
          token: world.actors.managerA.token,
        })
      ).status,
    ).toBe(404)
    // A list never looks anything up.
    expect((await api('GET', 'buildings?where[id][equals]=' + foreign, asAdmin)).status).toBe(200)
    expect(await rowsFrom(address)).toEqual([
      expect.objectContaining({
        actor_id: admin.user.id,
        detail: { collection: 'buildings', id: foreign, route: '/api/buildings/:id' },
        kind: 'cross-office',
        tenant_id: world.b.office.id,
      }),
      expect.objectContaining({ kind: 'cross-office', tenant_id: world.b.office.id }),
    ])
  })

  it("should record a GraphQL 404 for another office's id, and not for a missing one", async () => {
    const admin = world.actors.adminA
    const foreign = world.b.apartments[0].id
    const probes = () =>
      rowsWhere(`kind = 'cross-office' and actor_id = $1 and detail->>'field' = 'Apartment'`, [
        admin.user.id,
      ])
    const before = await probes()
    const answer = await graphql(
      'query Peek($id: Int!) { peek: Apartment(id: $id) { id } missing: Apartment(id: 2147483000) { id } }',
      { token: admin.token, variables: { id: foreign } },
    )
    expect(answer.body.errors?.length).toBeGreaterThan(0)
    const missing = await graphql('{ Apartment(id: 2147483001) { id } }', { token: admin.token })
    expect(missing.body.errors?.length).toBeGreaterThan(0)
    expect((await probes()).slice(before.length)).toEqual([
      expect.objectContaining({
        detail: {
          collection: 'apartments',
          field: 'Apartment',
          id: foreign,
          route: '/api/graphql',
        },
        tenant_id: world.b.office.id,
      }),
    ])
  })

  it("should record a feature API's 404 for another office's row (requireVisible)", async () => {
    const admin = world.actors.adminA
    const address = freshAddress()
    const run = world.b.ledger.dunning.run.id
    const answer = await api('GET', `collections/runs/${run}`, {
      headers: { 'x-forwarded-for': address },
      token: admin.token,
    })
    expect(answer.status).toBe(404)
    expect(await rowsFrom(address)).toEqual([
      expect.objectContaining({
        actor_id: admin.user.id,
        detail: expect.objectContaining({ collection: 'dunning-runs', id: run }),
        kind: 'cross-office',
        tenant_id: world.b.office.id,
      }),
    ])
  })

  it('should record nothing for a platform admin, who may read every office', async () => {
    const address = freshAddress()
    const answer = await api('GET', 'buildings/2147483000', {
      headers: { 'x-forwarded-for': address },
      token: world.actors.platform.token,
    })
    expect(answer.status).toBe(404)
    expect(await rowsFrom(address)).toEqual([])
  })
})

describe('the security-events collection', () => {
  const marker = randomUUID()
  const seeded: Record<'a' | 'b' | 'none', number> = { a: 0, b: 0, none: 0 }

  beforeAll(async () => {
    await recordSecurityEvents({
      events: [
        { detail: { marker }, kind: 'forbidden', officeId: world.a.office.id },
        { detail: { marker }, kind: 'forbidden', officeId: world.b.office.id },
        { detail: { marker }, kind: 'login-failed' },
      ],
      payload,
    })
    const rows = await rowsWhere(`detail->>'marker' = $1`, [marker])
    seeded.a = rows.find((row) => row.tenant_id === world.a.office.id)!.id
    seeded.b = rows.find((row) => row.tenant_id === world.b.office.id)!.id
    seeded.none = rows.find((row) => row.tenant_id === null)!.id
  })

  it('should refuse every write through REST and the Local API, even with overrideAccess', async () => {
    const token = world.actors.platform.token
    const create = await api('POST', 'security-events', { body: { kind: 'forbidden' }, token })
    const update = await api('PATCH', `security-events/${seeded.a}`, {
      body: { kind: 'login-failed' },
      token,
    })
    const remove = await api('DELETE', `security-events/${seeded.a}`, { token })
    expect([create.status, update.status, remove.status]).toEqual([403, 403, 403])
    const gql = await graphql(`mutation { deleteSecurityEvent(id: ${seeded.a}) { id } }`, {
      token,
    })
    expect(gql.body.errors?.[0]).toBeDefined()

    await expect(
      payload.create({
        collection: 'security-events',
        data: { kind: 'forbidden' },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/append-only/)
    await expect(
      payload.update({
        collection: 'security-events',
        data: { kind: 'login-failed' },
        id: seeded.a,
        overrideAccess: true,
      }),
    ).rejects.toThrow(/append-only/)
    await expect(
      payload.delete({ collection: 'security-events', id: seeded.a, overrideAccess: true }),
    ).rejects.toThrow(/append-only/)
    // Below Payload, the table refuses an UPDATE too.
    await expect(
      poolOf(payload).query(`update security_events set kind = 'forbidden' where id = $1`, [
        seeded.none,
      ]),
    ).rejects.toThrow(/append-only/)
    expect(await rowsWhere('id = $1', [seeded.a])).toEqual([
      expect.objectContaining({ kind: 'forbidden' }),
    ])
  })

  it('should keep an event when its office is deleted, with the office emptied', async () => {
    const office = await payload.create({
      collection: 'offices',
      data: {
        currency: 'EUR',
        locale: 'en',
        name: 'Short-lived',
        slug: `short-${randomUUID().slice(0, 8)}`,
        timezone: 'Europe/Athens',
      },
    })
    const address = freshAddress()
    await recordSecurityEvents({
      events: [{ address, kind: 'forbidden', officeId: office.id }],
      payload,
    })
    await payload.delete({ collection: 'offices', id: office.id })
    expect(await rowsFrom(address)).toEqual([expect.objectContaining({ tenant_id: null })])
  })

  it("should show an office admin their office's rows only, on REST, GraphQL and the Local API", async () => {
    const admin = world.actors.adminA
    const list = await api('GET', 'security-events?limit=1000&depth=0', { token: admin.token })
    expect(list.status).toBe(200)
    const ids = list.body.docs.map((doc: { id: number }) => doc.id)
    expect(ids).toContain(seeded.a)
    expect(ids).not.toContain(seeded.b)
    expect(ids).not.toContain(seeded.none)
    expect(new Set(list.body.docs.map((doc: { tenant: number }) => doc.tenant))).toEqual(
      new Set([world.a.office.id]),
    )
    for (const id of [seeded.b, seeded.none]) {
      expect((await api('GET', `security-events/${id}`, { token: admin.token })).status).toBe(404)
    }

    const gql = await graphql<{ SecurityEvents: { docs: { id: number }[] } }>(
      '{ SecurityEvents(limit: 1000) { docs { id } } }',
      { token: admin.token },
    )
    const gqlIds = gql.body.data!.SecurityEvents.docs.map((doc) => doc.id)
    expect(gqlIds).toContain(seeded.a)
    expect(gqlIds).not.toContain(seeded.b)
    expect(gqlIds).not.toContain(seeded.none)
    const gqlForeign = await graphql(`{ SecurityEvent(id: ${seeded.b}) { id } }`, {
      token: admin.token,
    })
    expect(gqlForeign.body.errors?.[0]).toBeDefined()

    const local = await payload.find({
      collection: 'security-events',
      depth: 0,
      limit: 1000,
      overrideAccess: false,
      user: admin.user,
    })
    expect(local.docs.every((doc) => doc.tenant === world.a.office.id)).toBe(true)
    await expect(
      payload.findByID({
        collection: 'security-events',
        id: seeded.b,
        overrideAccess: false,
        user: admin.user,
      }),
    ).rejects.toThrow()

    const other = await api('GET', 'security-events?limit=1000&depth=0', {
      token: world.actors.adminB.token,
    })
    expect(other.body.docs.map((doc: { id: number }) => doc.id)).not.toContain(seeded.a)
  })

  it('should show platform admins every row, rows of no office included', async () => {
    const list = await api(
      'GET',
      `security-events?depth=0&where[id][in]=${seeded.a},${seeded.b},${seeded.none}`,
      { token: world.actors.platform.token },
    )
    expect(list.body.docs.map((doc: { id: number }) => doc.id).sort()).toEqual(
      [seeded.a, seeded.b, seeded.none].sort(),
    )
  })

  it('should show every other role nothing, on every channel', async () => {
    for (const name of ['accountantA', 'managerA', 'residentA', 'vendorA'] as const) {
      const actor = world.actors[name]
      const rest = await api('GET', 'security-events?depth=0', { token: actor.token })
      expect([name, rest.status]).toEqual([name, 403])
      expect((await api('GET', `security-events/${seeded.a}`, { token: actor.token })).status).toBe(
        403,
      )
      const gql = await graphql('{ SecurityEvents { docs { id } } }', { token: actor.token })
      expect(gql.body.data?.SecurityEvents ?? null).toBe(null)
      await expect(
        payload.find({ collection: 'security-events', overrideAccess: false, user: actor.user }),
      ).rejects.toThrow()
    }
  })
})

describe("the Security view's reads", () => {
  // A fixed moment in the future: only the rows inserted here fall in its windows.
  const now = new Date('2031-05-20T12:00:00.000Z')
  const at = (hoursBefore: number) =>
    new Date(now.getTime() - hoursBefore * 3_600_000).toISOString()
  const key = accountKeyOf(`view-${randomUUID()}@test.local`)
  let officeC: number
  let officeD: number
  let foreignActor: number

  const insert = (
    rows: [string, null | number, null | number, null | string, null | string, string][],
  ) =>
    poolOf(payload).query(
      `insert into security_events (kind, tenant_id, actor_id, account_key, address, created_at, detail)
       select r.kind::enum_security_events_kind, r.tenant_id, r.actor_id, r.account_key, r.address,
              r.created_at, '{}'::jsonb
         from jsonb_to_recordset($1::jsonb) as r(kind text, tenant_id integer, actor_id integer,
              account_key text, address text, created_at timestamptz)`,
      [
        JSON.stringify(
          rows.map(([kind, tenant_id, actor_id, account_key, address, created_at]) => ({
            account_key,
            actor_id,
            address,
            created_at,
            kind,
            tenant_id,
          })),
        ),
      ],
    )

  beforeAll(async () => {
    const office = (tag: string) =>
      payload.create({
        collection: 'offices',
        data: {
          currency: 'EUR',
          locale: 'en',
          name: `View ${tag}`,
          slug: `view-${tag}-${randomUUID().slice(0, 8)}`,
          timezone: 'Europe/Athens',
        },
      })
    officeC = (await office('c')).id
    officeD = (await office('d')).id
    foreignActor = world.actors.adminB.user.id
    await insert([
      ['forbidden', officeC, foreignActor, null, '192.0.2.10', at(1)],
      ['forbidden', officeC, null, null, '192.0.2.10', at(2)],
      ['cross-office', officeC, foreignActor, null, '192.0.2.11', at(48)],
      ['rate-limited', officeC, null, null, '192.0.2.11', at(240)],
      ['forbidden', officeC, null, null, '192.0.2.12', at(40 * 24)],
      ['forbidden', officeD, null, null, '192.0.2.10', at(3)],
      ['login-failed', null, null, key, '192.0.2.10', at(1)],
      ['login-failed', null, null, key, '192.0.2.13', at(5)],
    ])
  })

  const scopeFor = (user: ScopedUser, office?: number): SecurityViewScope => {
    const scope = securityViewScope({ office, scope: scopeOf(user) })
    if (isViewRefusal(scope)) throw new Error(scope.message)
    return scope
  }

  it("should count an office's events per kind over 24 hours and 30 days", async () => {
    const counts = await kindCounts({ now, payload, scope: { all: false, officeIds: [officeC] } })
    expect(counts.filter((row) => row.month > 0)).toEqual([
      { day: 0, kind: 'rate-limited', month: 1 },
      { day: 2, kind: 'forbidden', month: 2 },
      { day: 0, kind: 'cross-office', month: 1 },
    ])
    expect(counts).toHaveLength(8)
  })

  it('should count per day over 14 days', async () => {
    const days = await dailyCounts({ now, payload, scope: { all: false, officeIds: [officeC] } })
    expect(days).toHaveLength(14)
    expect(days.at(-1)).toEqual({ count: 2, day: '2031-05-20', share: 1 })
    expect(days.find((day) => day.day === '2031-05-18')).toMatchObject({ count: 1 })
    expect(days.find((day) => day.day === '2031-05-10')).toMatchObject({ count: 1 })
    expect(days.reduce((sum, day) => sum + day.count, 0)).toBe(4)
  })

  it("should list the latest events newest first, hiding another office's actor's e-mail from office admins", async () => {
    const latest = await latestSecurityEvents({
      payload,
      scope: { all: false, officeIds: [officeC] },
    })
    expect(latest.map((event) => event.createdAt)).toEqual([at(1), at(2), at(48), at(240), at(960)])
    expect(latest[0]).toMatchObject({
      actorEmail: null,
      actorId: foreignActor,
      address: '192.0.2.10',
      kind: 'forbidden',
      officeName: 'View c',
    })
    const everything = await latestSecurityEvents({ limit: 1000, payload, scope: { all: true } })
    expect(
      everything.find((event) => event.actorId === foreignActor && event.officeId === officeC),
    ).toMatchObject({ actorEmail: world.actors.adminB.user.email })
  })

  it('should rank the addresses and accounts with the most events in 24 hours', async () => {
    const officeOnly = await topOffenders({
      now,
      payload,
      scope: { all: false, officeIds: [officeC, officeD] },
    })
    expect(officeOnly).toEqual({
      accounts: [],
      addresses: [{ count: 3, key: '192.0.2.10', kinds: ['forbidden'], lastAt: at(1) }],
    })
    const all = await topOffenders({ now, payload, scope: { all: true } })
    expect(all.addresses.slice(0, 2)).toEqual([
      { count: 4, key: '192.0.2.10', kinds: ['forbidden', 'login-failed'], lastAt: at(1) },
      { count: 1, key: '192.0.2.13', kinds: ['login-failed'], lastAt: at(5) },
    ])
    expect(all.accounts).toEqual([{ count: 2, key, kinds: ['login-failed'], lastAt: at(1) }])
  })

  it("should give each role its scope: platform everything, office admins their offices', others nothing", async () => {
    const platform = scopeFor(world.actors.platform.user)
    expect(platform).toEqual({ all: true })
    expect(
      (await kindCounts({ now, payload, scope: platform })).find((r) => r.kind === 'login-failed'),
    ).toMatchObject({ day: 2 })

    const adminA = scopeFor(world.actors.adminA.user)
    expect(adminA).toEqual({ all: false, officeIds: [world.a.office.id] })
    expect((await kindCounts({ now, payload, scope: adminA })).every((row) => row.day === 0)).toBe(
      true,
    )
    expect(
      (await latestSecurityEvents({ limit: 1000, payload, scope: adminA })).every(
        (event) => event.officeId === world.a.office.id,
      ),
    ).toBe(true)
    expect(() => scopeFor(world.actors.adminA.user, officeC)).toThrow('Office not found')
    expect(scopeFor(world.actors.platform.user, officeC)).toEqual({
      all: false,
      officeIds: [officeC],
    })
    for (const name of ['accountantA', 'managerA', 'residentA', 'vendorA'] as const) {
      expect(() => scopeFor(world.actors[name].user)).toThrow('Not found')
    }
  })
})

describe('the prune', () => {
  it('should delete only the rows past 90 days', async () => {
    const address = freshAddress()
    const day = 86_400_000
    await poolOf(payload).query(
      `insert into security_events (kind, address, created_at, detail)
       values ('forbidden', $1, $2, '{}'), ('forbidden', $1, $3, '{}')`,
      [address, new Date(Date.now() - 91 * day), new Date(Date.now() - 89 * day)],
    )
    expect(await pruneSecurityEvents({ payload })).toBeGreaterThanOrEqual(1)
    const left = await poolOf(payload).query<{ created_at: Date }>(
      'select created_at from security_events where address = $1',
      [address],
    )
    expect(left.rows).toHaveLength(1)
    expect(left.rows[0].created_at.getTime()).toBeGreaterThan(Date.now() - 90 * day)
    expect(await pruneSecurityEvents({ payload })).toBe(0)
  })
})
