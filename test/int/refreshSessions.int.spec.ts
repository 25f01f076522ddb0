import { createHmac } from 'node:crypto'

import type { Payload } from 'payload'

import { refreshTokenHash } from '../../src/lib/auth/refreshTokens'
import { poolOf } from '../../src/lib/db/poolOf'
import { api } from '../helpers/http'
import { startPayload } from '../helpers/testPayload'
import { buildWorld, TEST_PASSWORD } from '../helpers/world'
import type { World } from '../helpers/world'

/**
 * Rotating refresh sessions (`ENABLE_HTTPONLY_AUTH`, on for office A by its override, off for
 * office B): the cookie a sign-in sets, rotation on every renewal, one successor for concurrent
 * tabs, a replay ending the family and its Payload session, idle and absolute lifetimes, logout,
 * password change and "end all sessions", Payload's path untouched where the flag is off, and
 * tampered JWTs refused.
 */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  await payload.update({
    collection: 'offices',
    data: { featureFlags: { httponlyAuth: 'on' } },
    id: world.a.office.id,
  })
})

type Session = { access: string; refresh: null | string }

const cookieValue = (setCookies: string[], name: string) =>
  setCookies
    .find((cookie) => cookie.startsWith(`${name}=`))
    ?.split(';')[0]
    .slice(name.length + 1) ?? null

const signIn = async (email: string): Promise<Session & { setCookies: string[] }> => {
  const response = await api('POST', 'users/login', { body: { email, password: TEST_PASSWORD } })
  expect(response.status).toBe(200)
  const setCookies = response.headers.getSetCookie()
  return { access: response.body.token, refresh: cookieValue(setCookies, 'bo-refresh'), setCookies }
}

const renew = (session: Session) =>
  api('POST', 'users/refresh-token', {
    headers: session.refresh ? { cookie: `bo-refresh=${session.refresh}` } : {},
    token: session.access,
  })

const renewed = async (session: Session): Promise<Session> => {
  const response = await renew(session)
  expect(response.status).toBe(200)
  return {
    access: response.body.refreshedToken,
    refresh: cookieValue(response.headers.getSetCookie(), 'bo-refresh'),
  }
}

const whoAmI = async (access: string) =>
  (await api('GET', 'users/me', { token: access })).body.user?.id ?? null

const rowOf = async (token: string) =>
  (
    await poolOf(payload).query<{
      revoke_reason: null | string
      revoked_at: Date | null
      rotated_at: Date | null
    }>('select rotated_at, revoked_at, revoke_reason from refresh_sessions where token_hash = $1', [
      refreshTokenHash(token),
    ])
  ).rows[0]

describe('a sign-in with the flag on', () => {
  it('should set an HttpOnly, Strict, path-scoped refresh cookie and keep only its hash', async () => {
    const session = await signIn(world.actors.adminA.user.email)
    const cookie = session.setCookies.find((value) => value.startsWith('bo-refresh='))!
    expect(cookie).toMatch(
      /; Path=\/api\/users\/refresh-token; HttpOnly; SameSite=Strict; Max-Age=2592000$/,
    )
    expect(session.refresh).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(await rowOf(session.refresh!)).toMatchObject({ revoked_at: null, rotated_at: null })
    const stored = await poolOf(payload).query(
      'select 1 from refresh_sessions where token_hash = $1',
      [session.refresh],
    )
    expect(stored.rowCount).toBe(0)
  })

  it('should rotate on every renewal, and give concurrent tabs one successor', async () => {
    const first = await signIn(world.actors.adminA.user.email)
    const second = await renewed(first)
    expect(second.refresh).not.toBe(first.refresh)
    expect((await rowOf(first.refresh!)).rotated_at).not.toBeNull()
    expect(await whoAmI(second.access)).toBe(world.actors.adminA.user.id)

    const tabs = await Promise.all([renew(second), renew(second), renew(second)])
    expect(tabs.map((tab) => tab.status)).toEqual([200, 200, 200])
    const successors = new Set(
      tabs.map((tab) => cookieValue(tab.headers.getSetCookie(), 'bo-refresh')),
    )
    expect(successors.size).toBe(1)
  })

  it('should end the family and its session when a rotated token comes back after the leeway', async () => {
    const first = await signIn(world.actors.adminA.user.email)
    const second = await renewed(first)
    await poolOf(payload).query(
      "update refresh_sessions set rotated_at = now() - interval '1 minute' where token_hash = $1",
      [refreshTokenHash(first.refresh!)],
    )
    const replay = await renew({ access: second.access, refresh: first.refresh })
    expect(replay.status).toBe(403)
    expect(
      replay.headers.getSetCookie().some((value) => /^bo-refresh=;.*Max-Age=0/.test(value)),
    ).toBe(true)
    expect(await rowOf(second.refresh!)).toMatchObject({ revoke_reason: 'reuse' })
    const events = await poolOf(payload).query<{ actor_id: number; tenant_id: number }>(
      "select actor_id, tenant_id from security_events where kind = 'refresh-reuse' and actor_id = $1",
      [world.actors.adminA.user.id],
    )
    expect(events.rows).toEqual([
      { actor_id: world.actors.adminA.user.id, tenant_id: world.a.office.id },
    ])
    // The legitimate holder's next renewal fails too, and the session's access token is dead.
    expect((await renew(second)).status).toBe(403)
    expect(await whoAmI(second.access)).toBeNull()
  })

  it('should refuse a renewal without the cookie, or with a token it never issued', async () => {
    const session = await signIn(world.actors.adminA.user.email)
    expect((await renew({ access: session.access, refresh: null })).status).toBe(403)
    expect((await renew({ access: session.access, refresh: 'x'.repeat(43) })).status).toBe(403)
    expect(await whoAmI(session.access)).toBe(world.actors.adminA.user.id)
  })

  it('should end at the idle and at the absolute lifetime, whatever the rotations', async () => {
    for (const column of ['idle_expires_at', 'family_expires_at']) {
      const session = await signIn(world.actors.adminA.user.email)
      const next = await renewed(session)
      await poolOf(payload).query(
        `update refresh_sessions set ${column} = now() - interval '1 second' where token_hash = $1`,
        [refreshTokenHash(next.refresh!)],
      )
      expect([column, (await renew(next)).status]).toEqual([column, 403])
    }
  })

  it("should end every family and session of the user at logout, password change and 'end all'", async () => {
    const email = world.actors.managerA.user.email
    const here = await signIn(email)
    const there = await signIn(email)
    expect((await api('POST', 'users/logout', { token: here.access })).status).toBe(200)
    expect(await whoAmI(there.access)).toBeNull()
    expect((await renew(there)).status).toBe(403)

    const again = await signIn(email)
    const changed = await api('PATCH', `users/${world.actors.managerA.user.id}`, {
      body: { password: TEST_PASSWORD },
      token: world.actors.adminA.token,
    })
    expect(changed.status).toBe(200)
    expect(await whoAmI(again.access)).toBeNull()
    expect(await rowOf(again.refresh!)).toMatchObject({ revoke_reason: 'password-change' })

    const last = await signIn(email)
    const refused = await api('POST', `users/${world.actors.managerA.user.id}/end-sessions`, {
      token: world.actors.adminB.token,
    })
    expect(refused.status).toBe(404)
    expect(await whoAmI(last.access)).toBe(world.actors.managerA.user.id)
    const ended = await api('POST', `users/${world.actors.managerA.user.id}/end-sessions`, {
      token: (await signIn(world.actors.adminA.user.email)).access,
    })
    expect(ended.status).toBe(200)
    expect(await whoAmI(last.access)).toBeNull()
    expect(await rowOf(last.refresh!)).toMatchObject({ revoke_reason: 'end-all' })
  })
})

describe('a sign-in with the flag off', () => {
  it("should keep Payload's own path: no refresh cookie, renewal by the access token alone", async () => {
    const session = await signIn(world.actors.adminB.user.email)
    expect(session.refresh).toBeNull()
    const response = await renew(session)
    expect(response.status).toBe(200)
    expect(await whoAmI(response.body.refreshedToken)).toBe(world.actors.adminB.user.id)
  })
})

describe('tampered access tokens', () => {
  const parts = (token: string) => token.split('.')
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')

  it("should refuse alg none, a changed payload, and another key's signature", async () => {
    const { token, user } = world.actors.accountantA
    const [, body] = parts(token)
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>
    const none = `${encode({ alg: 'none', typ: 'JWT' })}.${body}.`
    const raised = `${parts(token)[0]}.${encode({ ...claims, role: 'platform-admin' })}.${parts(token)[2]}`
    const header = encode({ alg: 'HS256', typ: 'JWT' })
    const forgedBody = encode({ ...claims, role: 'platform-admin' })
    const forged = `${header}.${forgedBody}.${createHmac('sha256', 'guessed-secret').update(`${header}.${forgedBody}`).digest('base64url')}`
    expect(await whoAmI(token)).toBe(user.id)
    for (const tampered of [none, raised, forged]) {
      expect(await whoAmI(tampered)).toBeNull()
      expect((await api('GET', 'charges?limit=1', { token: tampered })).status).toBe(403)
    }
  })
})
