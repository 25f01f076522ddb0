import { createHash } from 'node:crypto'

import { Redis } from 'ioredis'
import type { Browser } from 'playwright-core'

import { DEMO_PASSWORD } from '../../scripts/seed/presets'
import { E2E_REDIS_URL } from './appServer'
import { findChromium, launchChromium } from './browser'
import { logIn } from './logIn'
import { useSharedAppServer } from './sharedAppServer'

/**
 * The hardening `next start` serves: security headers on pages and API answers (HSTS only over
 * https), no stack banner, the statement page kept out of referrers and caches, the session
 * cookie refused from a foreign origin, and the admin working under its content security policy.
 */
const chromiumBinary = findChromium()
if (!chromiumBinary.path && process.env.CI === 'true')
  throw new Error(`Browser tests cannot run in CI: ${chromiumBinary.reason}`)
const itInBrowser = chromiumBinary.path ? it : it.skip
const PAGE_TIMEOUT = 120_000

let app: { url: string }

beforeAll(async () => {
  app = await useSharedAppServer()
}, 1_200_000)

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${path}`, { headers, redirect: 'manual' })

describe('security headers', () => {
  it('should harden every page and API answer, and name no software', async () => {
    for (const path of ['/admin/login', '/api/health', '/api/charges', '/statement/1?sig=x']) {
      const response = await get(path)
      const headers = Object.fromEntries(response.headers)
      expect([path, headers['x-content-type-options'], headers['x-frame-options']]).toEqual([
        path,
        'nosniff',
        'DENY',
      ])
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(headers['content-security-policy']).not.toContain('unsafe-eval')
      expect(headers['x-powered-by']).toBeUndefined()
      expect(headers['strict-transport-security']).toBeUndefined()
    }
    expect((await get('/admin/login')).headers.get('referrer-policy')).toBe(
      'strict-origin-when-cross-origin',
    )
  })

  it('should send HSTS when a proxy says the request came over https', async () => {
    const response = await get('/api/health', { 'x-forwarded-proto': 'https' })
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/)
  })

  it('should keep the signed statement link out of referrers and caches', async () => {
    const response = await get('/statement/1?sig=anything')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(response.headers.get('cache-control')).toContain('no-store')
  })
})

describe('the session cookie and other origins', () => {
  const cookieOf = async () => {
    const response = await fetch(`${app.url}/api/users/login`, {
      body: JSON.stringify({ email: 'office-admin@demo.test', password: DEMO_PASSWORD }),
      headers: { 'content-type': 'application/json', origin: app.url },
      method: 'POST',
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { user: { id: number; name: string } }
    const cookie = response.headers
      .getSetCookie()
      .find((value) => value.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    return { cookie: cookie!.split(';')[0], user: body.user }
  }

  const patchName = (
    { cookie, user }: Awaited<ReturnType<typeof cookieOf>>,
    name: string,
    headers: Record<string, string>,
  ) =>
    fetch(`${app.url}/api/users/${user.id}`, {
      body: JSON.stringify({ name }),
      headers: { 'content-type': 'application/json', cookie, ...headers },
      method: 'PATCH',
    })

  it('should refuse a cookie-authenticated write from a foreign origin and change nothing', async () => {
    const session = await cookieOf()
    const foreign = await patchName(session, 'Taken over', { origin: 'https://evil.example' })
    expect([401, 403]).toContain(foreign.status)
    const crossSite = await patchName(session, 'Taken over', { 'sec-fetch-site': 'cross-site' })
    expect([401, 403]).toContain(crossSite.status)

    const me = await fetch(`${app.url}/api/users/me`, {
      headers: { cookie: session.cookie, origin: app.url },
    })
    expect(((await me.json()) as { user: { name: string } }).user.name).toBe(session.user.name)
    // The same cookie from the app's own origin works.
    const own = await patchName(session, session.user.name, { origin: app.url })
    expect(own.status).toBe(200)
  })
})

describe('rate limits on the served app', () => {
  it('should refuse the sixth wrong password from one address, counted in Redis', async () => {
    const address = `203.0.113.${1 + (process.pid % 250)}`
    const email = 'accountant@demo.test'
    const attempt = (password: string) =>
      fetch(`${app.url}/api/users/login`, {
        body: JSON.stringify({ email, password }),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        method: 'POST',
      })
    const statuses: number[] = []
    for (let i = 0; i < 6; i += 1) statuses.push((await attempt(`wrong-${i}`)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
    const refused = await attempt(DEMO_PASSWORD)
    expect([refused.status, refused.headers.get('ratelimit-policy')]).toEqual([
      429,
      '"login-account-address";q=5;w=900',
    ])
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)

    // The counter is in Redis, where every app instance reads it.
    const redis = new Redis(E2E_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 })
    try {
      await redis.connect()
      const account = createHash('sha256').update(email).digest('hex').slice(0, 32)
      expect(Number(await redis.get(`rl:login-account-address:${account}:${address}`))).toBe(7)
    } finally {
      redis.disconnect()
    }
  })

  it('should answer a public-link flood from one address with a page that says when to retry', async () => {
    const address = `203.0.113.${1 + ((process.pid + 7) % 250)}`
    const redis = new Redis(E2E_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 })
    try {
      await redis.connect()
      // The window's 60 views already spent, as the app's own counter would hold them.
      await redis.set(`rl:public-link:address:${address}`, '60', 'PX', 60_000)
    } finally {
      redis.disconnect()
    }
    const page = await (
      await fetch(`${app.url}/statement/not-a-token`, { headers: { 'x-forwarded-for': address } })
    ).text()
    expect(page).toContain('statement-rate-limited')
    expect(page).toMatch(/Too many requests: try again in \d+ seconds/)
    // Another address gets the ordinary answer to a bad link.
    const other = await fetch(`${app.url}/statement/not-a-token`)
    expect(other.status).toBe(404)
  })
})

describe('the admin under its content security policy', () => {
  let browser: Browser

  beforeAll(async () => {
    if (chromiumBinary.path) browser = await launchChromium(chromiumBinary.path)
  })

  afterAll(async () => {
    await browser?.close()
  })

  itInBrowser(
    'should render the admin pages with no policy violation',
    async () => {
      const page = await browser.newPage()
      const violations: string[] = []
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to (load|execute|connect|apply)/i.test(message.text()))
          violations.push(message.text())
      })
      await logIn({
        email: 'office-admin@demo.test',
        page,
        password: DEMO_PASSWORD,
        url: app.url,
      })
      await page.waitForURL(`${app.url}/admin`, { timeout: PAGE_TIMEOUT })
      for (const path of [
        '/admin',
        '/admin/collections/apartments',
        '/admin/collections/charges',
      ]) {
        await page.goto(`${app.url}${path}`)
        await page.waitForLoadState('networkidle')
      }
      // The Security view, for office admins.
      await page.goto(`${app.url}/admin/security`)
      await page.waitForSelector('[data-testid="security-kinds"]', { timeout: PAGE_TIMEOUT })
      // An edit form: the field components, their styles and the form-state requests.
      await page.goto(`${app.url}/admin/collections/expense-categories/create`)
      await page.waitForSelector('form input[name="name"]', { timeout: PAGE_TIMEOUT })
      await page.waitForLoadState('networkidle')
      expect(violations).toEqual([])
      await page.close()
    },
    PAGE_TIMEOUT,
  )
})
