import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser, BrowserContext } from 'playwright-core'

import { DEMO_PASSWORD } from '../../scripts/seed/presets'
import { serveBuiltApp, stopAppServer } from './appServer'
import type { AppServer } from './appServer'
import { findChromium, launchChromium } from './browser'
import { logIn } from './logIn'
import { useSharedAppServer } from './sharedAppServer'

/**
 * The admin with `ENABLE_HTTPONLY_AUTH` on and off, in a real browser. On: a second `next start`
 * of the same build with the flag on and 30-second access tokens; the office admin signs in,
 * waits past the access token's life and goes on working, while the admin rotates the HttpOnly
 * refresh cookie underneath. Off: the run's shared app, where a sign-in sets no refresh cookie
 * (Payload's own path) and the other browser suites run.
 */
const chromiumBinary = findChromium()
if (!chromiumBinary.path && process.env.CI === 'true')
  throw new Error(`Browser tests cannot run in CI: ${chromiumBinary.reason}`)
const describeInBrowser = chromiumBinary.path ? describe : describe.skip
const ACCESS_SECONDS = 30
const TEST_TIMEOUT = 240_000

const refreshCookieOf = async (context: BrowserContext) =>
  (await context.cookies()).find((cookie) => cookie.name === 'bo-refresh')

describeInBrowser('refresh sessions in the admin (real browser)', () => {
  let shared: { url: string }
  let flagged: AppServer
  let browser: Browser

  beforeAll(async () => {
    shared = await useSharedAppServer()
    flagged = await serveBuiltApp({
      env: {
        ACCESS_TOKEN_SECONDS: String(ACCESS_SECONDS),
        ENABLE_HTTPONLY_AUTH: 'true',
        // The shared instance runs the queue's workers; this one only serves pages.
        QUEUE_WORKERS: 'false',
      },
      logPath: path.join(tmpdir(), `bo-e2e-flagged-${process.pid}.log`),
      port: 4100 + (process.pid % 800),
    })
    browser = await launchChromium(chromiumBinary.path as string)
  }, 1_200_000)

  afterAll(async () => {
    await browser?.close()
    if (flagged) await stopAppServer(flagged.pid)
  })

  it(
    'should keep an office admin working past the access token, rotating the refresh cookie',
    async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      await logIn({
        email: 'office-admin@demo.test',
        page,
        password: DEMO_PASSWORD,
        url: flagged.url,
      })
      await page.waitForURL(`${flagged.url}/admin`, { timeout: TEST_TIMEOUT })
      const first = await refreshCookieOf(context)
      expect(first).toMatchObject({
        httpOnly: true,
        path: '/api/users/refresh-token',
        sameSite: 'Strict',
      })

      // Past the access token's life: the admin renewed it (and rotated the cookie) on its own.
      await page.waitForTimeout((ACCESS_SECONDS + 10) * 1000)
      await page.goto(`${flagged.url}/admin/collections/apartments`)
      await page.waitForSelector('.table tbody tr', { timeout: TEST_TIMEOUT })
      expect(page.url()).toContain('/admin/collections/apartments')
      const later = await refreshCookieOf(context)
      expect(later?.value).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(later?.value).not.toBe(first?.value)
      const me = await page.evaluate(async () => {
        const response = await fetch('/api/users/me', { credentials: 'include' })
        return ((await response.json()) as { user: { email: string } | null }).user?.email ?? null
      })
      expect(me).toBe('office-admin@demo.test')
      await context.close()
    },
    TEST_TIMEOUT,
  )

  it(
    "should leave Payload's own sign-in as it is where the flag is off",
    async () => {
      const context = await browser.newContext()
      const page = await context.newPage()
      await logIn({ email: 'accountant@demo.test', page, password: DEMO_PASSWORD, url: shared.url })
      await page.waitForURL(`${shared.url}/admin`, { timeout: TEST_TIMEOUT })
      expect(await refreshCookieOf(context)).toBeUndefined()
      expect((await context.cookies()).some((cookie) => cookie.name === 'payload-token')).toBe(true)
      await context.close()
    },
    TEST_TIMEOUT,
  )
})
