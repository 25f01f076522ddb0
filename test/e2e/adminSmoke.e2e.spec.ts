import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../scripts/seed/presets'
import { findChromium, launchChromium } from './browser'
import { logIn as logInAs } from './logIn'
import { useSharedAppServer } from './sharedAppServer'

/**
 * Smoke test of the real product: the built app served by `next start`, Debian's Chromium, the
 * demo logins from the README. Without a Chromium the suite reports itself skipped with the
 * reason; under CI a missing browser fails the run instead.
 */
const chromiumBinary = findChromium()
if (!chromiumBinary.path) {
  if (process.env.CI === 'true')
    throw new Error(`Browser tests cannot run in CI: ${chromiumBinary.reason}`)
  console.warn(`Skipping browser tests: ${chromiumBinary.reason}`)
}
const describeInBrowser = chromiumBinary.path ? describe : describe.skip
// The first request to each admin page renders it on a machine that may be running other suites.
const PAGE_TIMEOUT = 120_000

describeInBrowser('admin smoke (real browser)', () => {
  let app: { url: string }
  let browser: Browser

  beforeAll(async () => {
    // Built, seeded and served once for every e2e file of the run; the e2e teardown stops it.
    app = await useSharedAppServer()
    browser = await launchChromium(chromiumBinary.path as string)
  }, 1_200_000)

  afterAll(async () => {
    await browser?.close()
  })

  const logIn = (page: Page, email: string) =>
    logInAs({ email, page, password: DEMO_PASSWORD, url: app.url })

  it(
    'should log an office admin in and list the apartments of their office',
    async () => {
      const page = await browser.newPage()
      await logIn(page, 'office-admin@demo.test')
      await page.waitForURL(`${app.url}/admin`)
      await page.goto(`${app.url}/admin/collections/apartments`)
      await page.waitForSelector('.table tbody tr')
      const rows = await page.locator('.table tbody tr').count()
      expect(rows).toBeGreaterThan(0)
      // The demo office has three buildings of 30 apartments; the other office's 60 are not there.
      await expect(page.locator('.page-controls').textContent()).resolves.toMatch(/of 90(?!\d)/)
      await page.screenshot({ path: path.join(tmpdir(), 'bo-admin-apartments.png') })
      await page.close()
    },
    PAGE_TIMEOUT,
  )

  it(
    'should show balances as money, not raw cents',
    async () => {
      const page = await browser.newPage()
      await logIn(page, 'accountant@demo.test')
      await page.waitForURL(`${app.url}/admin`)
      await page.goto(`${app.url}/admin/collections/apartment-balances`)
      await page.waitForSelector('.money-cell')
      const amounts = await page.locator('.money-cell').allTextContents()
      expect(amounts.length).toBeGreaterThan(0)
      for (const amount of amounts) expect(amount).toMatch(/^-?\d+\.\d{2}$/)
      await page.close()
    },
    PAGE_TIMEOUT,
  )

  it(
    'should show enabled features in the sidebar and open their views',
    async () => {
      const page = await browser.newPage()
      await logIn(page, 'office-admin@demo.test')
      await page.waitForURL(`${app.url}/admin`)
      await expect(
        page.locator('[data-feature-flag="ENABLE_COLLECTIONS_OS"]').count(),
      ).resolves.toBe(1)
      await expect(page.locator('[data-feature-flag="ENABLE_BULK_OPS"]').count()).resolves.toBe(1)
      await page.goto(`${app.url}/admin/office-finance/bulk-center`)
      await expect(page.locator('h1').first().textContent()).resolves.toBe('Bulk Center')
      await page.close()
    },
    PAGE_TIMEOUT,
  )

  it(
    'should hide a feature from an office whose pilot override turns it off',
    async () => {
      const page = await browser.newPage()
      await logIn(page, 'office-admin-2@demo.test')
      await page.waitForURL(`${app.url}/admin`)
      await expect(
        page.locator('[data-feature-flag="ENABLE_COLLECTIONS_OS"]').count(),
      ).resolves.toBe(1)
      await expect(page.locator('[data-feature-flag="ENABLE_BULK_OPS"]').count()).resolves.toBe(0)
      const response = await page.goto(`${app.url}/admin/office-finance/bulk-center`)
      expect(response?.status()).toBe(404)
      await page.close()
    },
    PAGE_TIMEOUT,
  )

  it(
    'should keep a resident out of the admin panel',
    async () => {
      const page = await browser.newPage()
      await logIn(page, 'resident@demo.test')
      await page.waitForLoadState('networkidle')
      await page.goto(`${app.url}/admin/collections/apartments`)
      await expect(page.locator('body').textContent()).resolves.toMatch(/unauthorized|not allowed/i)
      await expect(page.locator('.table tbody tr').count()).resolves.toBe(0)
      await page.close()
    },
    PAGE_TIMEOUT,
  )
})
