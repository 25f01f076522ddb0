import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../scripts/seed/presets'
import { officeToday } from '../../src/ledger/engine/officeCalendar'
import { formatMoney } from '../../src/lib/money/formatMoney'
import { findChromium, launchChromium } from './browser'
import { logIn } from './logIn'
import { useSharedAppServer } from './sharedAppServer'

/**
 * NC-304/NC-305, the Bulk Center happy path in a real browser against the built demo app: the
 * demo seed has no expenses, so the test records two for a building and next month through the
 * REST API; the office admin then issues them from the Bulk Center (select scope -> dry-run with
 * the preview diff and impact -> execute -> progress to completed -> results with the trace id),
 * and the charges are checked through the REST API. Then the same period again: every apartment is
 * "already issued", and an expense added after a dry-run makes execute answer "data changed".
 * Last, the dashboard widgets: shown to the office admin, absent for an office without Bulk Ops.
 */
const chromiumBinary = findChromium()
if (!chromiumBinary.path) {
  if (process.env.CI === 'true')
    throw new Error(`Browser tests cannot run in CI: ${chromiumBinary.reason}`)
  console.warn(`Skipping browser tests: ${chromiumBinary.reason}`)
}
const describeInBrowser = chromiumBinary.path ? describe : describe.skip
const STEP_TIMEOUT = 180_000
const VIEW_PATH = '/admin/office-finance/bulk-center'
const ADMIN = 'office-admin@demo.test'
// The demo office works in Greek: `1.234,56 €` (a no-break space before the sign).
const MONEY = String.raw`-?[\d.]+,\d{2}\s€`

type Doc = { id: number; [key: string]: unknown }

/** The month after the office's current one: the demo ledger has nothing issued for it. */
const nextPeriod = () => {
  const [year, month] = officeToday('Europe/Athens').slice(0, 7).split('-').map(Number)
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`
}

describeInBrowser('Bulk Center happy path (real browser)', () => {
  let app: { logPath: string; url: string }
  let browser: Browser
  let page: Page
  let token: string
  let building: Doc
  let categories: Record<string, Doc>
  let apartmentCount: number
  const period = nextPeriod()
  const expenses: { amount: number; id: number }[] = []
  let jobId: number

  /** The REST API as the office admin (a JWT of a REST log-in, not the browser's session). */
  const rest = async <T = any>(
    method: 'GET' | 'POST',
    route: string,
    body?: unknown,
  ): Promise<{ body: T; status: number }> => {
    const response = await fetch(`${app.url}/api/${route}`, {
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      method,
    })
    return { body: (await response.json()) as T, status: response.status }
  }

  const recordExpense = async (amount: number, category: Doc) => {
    const created = await rest<{ doc: Doc }>('POST', 'expenses', {
      amount,
      building: building.id,
      category: category.id,
      description: `E2E ${category.name} ${period}`,
      period,
    })
    expect(created.status).toBe(201)
    return { amount, id: created.body.doc.id }
  }

  const snap = (name: string) =>
    page.screenshot({ fullPage: true, path: path.join(tmpdir(), `bo-bulk-${name}.png`) })

  const openView = async (query = '') => {
    const response = await page.goto(`${app.url}${VIEW_PATH}${query}`)
    expect(response?.status()).toBe(200)
    await page.waitForSelector('[data-bulk-widgets]')
  }

  const jobSection = (id: number) => page.locator(`section[data-job-id="${id}"]`)

  /** Step 1 of the wizard for the building and period, then "Create and dry-run"; the new job's id. */
  const createAndDryRun = async (): Promise<number> => {
    await openView()
    await page.selectOption('[data-field="action"] select', 'common-expense-issue')
    await page.check(`input[data-building-id="${building.id}"]`)
    await page.fill('[data-field="period"] input', period)
    await page.getByRole('button', { name: 'Create and dry-run' }).click()
    await page.waitForURL(/[?&]job=\d+/, { timeout: 120_000 })
    const id = Number(new URL(page.url()).searchParams.get('job'))
    await page.waitForSelector(`section[data-job-id="${id}"][data-job-status="dry-run-ready"]`, {
      timeout: 120_000,
    })
    return id
  }

  beforeAll(async () => {
    app = await useSharedAppServer()
    const login = await fetch(`${app.url}/api/users/login`, {
      body: JSON.stringify({ email: ADMIN, password: DEMO_PASSWORD }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    token = ((await login.json()) as { token: string }).token
    building = (await rest<{ docs: Doc[] }>('GET', 'buildings?depth=0&limit=1&sort=name')).body
      .docs[0]
    const found = (await rest<{ docs: Doc[] }>('GET', 'expense-categories?depth=0&limit=20')).body
      .docs
    categories = Object.fromEntries(found.map((category) => [category.code as string, category]))
    apartmentCount = (
      await rest<{ totalDocs: number }>(
        'GET',
        `apartments?depth=0&limit=1&where[building][equals]=${building.id}`,
      )
    ).body.totalDocs
    expenses.push(
      await recordExpense(123_457, categories.common),
      await recordExpense(45_000, categories.heating),
    )

    browser = await launchChromium(chromiumBinary.path as string)
    page = await browser.newPage()
    await logIn({ email: ADMIN, page, password: DEMO_PASSWORD, url: app.url })
    await page.waitForURL(`${app.url}/admin`)
  }, 1_200_000)

  afterAll(async () => {
    if (page)
      await page
        .screenshot({ fullPage: true, path: path.join(tmpdir(), 'bo-bulk-last.png') })
        .catch(() => {})
    await browser?.close()
  })

  it(
    'should show a missing period next to its field and create nothing',
    async () => {
      await openView()
      await expect(page.locator('h1').first().textContent()).resolves.toBe('Bulk Center')
      const before = (await rest<{ totalDocs: number }>('GET', 'office-ops/bulk/jobs?limit=1')).body
        .totalDocs
      await page.check(`input[data-building-id="${building.id}"]`)
      await page.fill('[data-field="period"] input', '')
      await page.getByRole('button', { name: 'Create and dry-run' }).click()
      const error = page.locator('[data-field="period"] .bo-form-field__error')
      await error.waitFor()
      await expect(error.textContent()).resolves.toBe('Required for this action')
      await snap('new-job')
      await expect(
        rest<{ totalDocs: number }>('GET', 'office-ops/bulk/jobs?limit=1').then(
          (answer) => answer.body.totalDocs,
        ),
      ).resolves.toBe(before)
    },
    STEP_TIMEOUT,
  )

  it(
    'should dry-run the period and show the preview diff, validation errors and the impact',
    async () => {
      jobId = await createAndDryRun()
      const section = jobSection(jobId)
      const total = expenses.reduce((sum, expense) => sum + expense.amount, 0)
      await expect(
        section.locator('[data-impact-total]').getAttribute('data-impact-total'),
      ).resolves.toBe(String(total))
      await expect(section.locator('[data-impact-total]').textContent()).resolves.toBe(
        formatMoney({ amount: total, currency: 'EUR', locale: 'el' }),
      )
      await expect(section.locator('[data-impact-items]').textContent()).resolves.toBe(
        `${apartmentCount} to execute · 0 skipped`,
      )
      await expect(section.locator('[data-impact-validation-errors]').textContent()).resolves.toBe(
        '0',
      )
      await expect(
        section
          .locator(`.bulk-center__breakdown tr[data-building-id="${building.id}"]`)
          .textContent(),
      ).resolves.toContain(String(building.name))
      await expect(section.locator('.bulk-center__impact code').textContent()).resolves.toMatch(
        /^[0-9a-f]{12}…$/,
      )

      // The preview diff: each apartment's balance before -> after and the two lines it would get.
      const rows = section.locator('tr[data-item-id]')
      await expect(rows.count()).resolves.toBe(Math.min(25, apartmentCount))
      const first = rows.first()
      await expect(first.getAttribute('data-item-status')).resolves.toBe('pending')
      await expect(first.locator('.bulk-center__balance').textContent()).resolves.toMatch(
        new RegExp(`^${MONEY} → ${MONEY}$`),
      )
      const lines = await first.locator('li[data-line-reference]').allTextContents()
      expect(lines).toHaveLength(2)
      expect(lines[0]).toMatch(new RegExp(`^Common expenses: ${MONEY}$`))
      expect(lines[1]).toMatch(new RegExp(`^Heating: ${MONEY}$`))
      await expect(first.locator('.bulk-center__validation').textContent()).resolves.toBe('None')
      await expect(section.locator('[data-step="2"]').getAttribute('aria-current')).resolves.toBe(
        'step',
      )
      await snap('dry-run')

      // Nothing is on the ledger before execute.
      const charges = await rest<{ totalDocs: number }>(
        'GET',
        `charges?limit=1&where[sourceReference][equals]=expense:${expenses[0].id}`,
      )
      expect(charges.body.totalDocs).toBe(0)
    },
    STEP_TIMEOUT,
  )

  it(
    'should execute, follow the progress to completed and show the results with the trace id',
    async () => {
      const section = jobSection(jobId)
      await section.getByRole('button', { name: 'Execute' }).click()
      // The progress bar polls the job; once it ends the view shows the results.
      await page.waitForSelector(`section[data-job-id="${jobId}"][data-job-status="completed"]`, {
        timeout: 120_000,
      })
      await expect(section.locator('[data-counter="succeeded"] dd').textContent()).resolves.toBe(
        String(apartmentCount),
      )
      await expect(section.locator('[data-counter="failed"] dd').textContent()).resolves.toBe('0')
      const traceId = await section
        .locator('[data-results-trace-id]')
        .getAttribute('data-results-trace-id')
      expect(traceId).toMatch(/^[0-9a-f]{32}$/)
      await expect(section.locator('[data-step="4"]').getAttribute('aria-current')).resolves.toBe(
        'step',
      )
      await expect(section.locator('tr[data-item-status="succeeded"]').count()).resolves.toBe(
        Math.min(25, apartmentCount),
      )
      await snap('results')

      const job = await rest<{ itemsSucceeded: number; status: string; traceId: string }>(
        'GET',
        `office-ops/bulk/jobs/${jobId}`,
      )
      expect(job.body).toMatchObject({
        itemsSucceeded: apartmentCount,
        status: 'completed',
        traceId,
      })
    },
    STEP_TIMEOUT,
  )

  it(
    'should have issued the charges, exact to the cent, once per apartment',
    async () => {
      for (const expense of expenses) {
        const { body } = await rest<{
          docs: { amount: number; apartment: number; source: string }[]
          totalDocs: number
        }>('GET', `charges?depth=0&limit=200&where[sourceReference][equals]=expense:${expense.id}`)
        expect(body.totalDocs).toBeGreaterThan(0)
        expect(body.docs.reduce((sum, charge) => sum + charge.amount, 0)).toBe(expense.amount)
        expect(new Set(body.docs.map((charge) => charge.apartment)).size).toBe(body.docs.length)
        expect(body.docs.every((charge) => charge.source === 'common-expense')).toBe(true)
      }
    },
    STEP_TIMEOUT,
  )

  it(
    'should list the job with its counters and trace id',
    async () => {
      await openView()
      const row = page.locator(`tr[data-job-id="${jobId}"]`)
      await expect(row.getAttribute('data-job-status')).resolves.toBe('completed')
      await expect(row.textContent()).resolves.toContain(
        `${apartmentCount} / 0 / 0 of ${apartmentCount}`,
      )
      await expect(row.textContent()).resolves.toContain('Office Admin')
      await row.locator('a').first().click()
      await page.waitForSelector(`section[data-job-id="${jobId}"][data-job-status="completed"]`)
    },
    STEP_TIMEOUT,
  )

  it(
    'should report the period as already issued, and refuse to execute on data changed since the dry-run',
    async () => {
      const again = await createAndDryRun()
      const section = jobSection(again)
      await expect(section.locator('[data-impact-items]').textContent()).resolves.toBe(
        `0 to execute · ${apartmentCount} skipped`,
      )
      await expect(
        section
          .locator('tr[data-item-status="skipped"] [data-validation-code="already-issued"]')
          .count(),
      ).resolves.toBeGreaterThan(0)

      // An expense recorded after the dry-run changes the plan: execute answers 409 and runs nothing.
      const late = await recordExpense(10_000, categories.common)
      await section.getByRole('button', { name: 'Execute' }).click()
      const drift = section.locator('[data-drift="true"]')
      await drift.waitFor()
      await expect(drift.textContent()).resolves.toContain(
        'The data changed since the dry-run — dry-run again',
      )
      await snap('drift')
      await expect(
        rest<{ status: string }>('GET', `office-ops/bulk/jobs/${again}`).then(
          (answer) => answer.body.status,
        ),
      ).resolves.toBe('dry-run-ready')

      await section.getByRole('button', { name: 'Dry-run again' }).click()
      await page.waitForFunction(
        ({ id, text }) =>
          document.querySelector(`section[data-job-id="${id}"] [data-impact-items]`)
            ?.textContent === text,
        { id: again, text: `${apartmentCount} to execute · 0 skipped` },
        { timeout: 60_000 },
      )
      await expect(
        section.locator('[data-impact-total]').getAttribute('data-impact-total'),
      ).resolves.toBe(String(late.amount))
      await section.getByRole('button', { name: 'Cancel job' }).click()
      await page.waitForSelector(`section[data-job-id="${again}"][data-job-status="cancelled"]`)
    },
    STEP_TIMEOUT,
  )

  it(
    'should show the bulk widgets on the dashboard, and none to an office without Bulk Ops',
    async () => {
      await page.goto(`${app.url}/admin`)
      const widgets = page.locator('[data-bulk-dashboard]')
      await widgets.waitFor()
      await expect(
        widgets.locator('[data-widget="active"] .bulk-center__figure').textContent(),
      ).resolves.toBe('0')
      await expect(
        widgets.locator('[data-widget="duration"] .bulk-center__figure').textContent(),
      ).resolves.toMatch(/\d s$/)
      await snap('dashboard')

      const context = await browser.newContext()
      const other = await context.newPage()
      await logIn({
        email: 'office-admin-2@demo.test',
        page: other,
        password: DEMO_PASSWORD,
        url: app.url,
      })
      await other.waitForURL(`${app.url}/admin`)
      await other.waitForLoadState('networkidle')
      await expect(other.locator('[data-bulk-dashboard]').count()).resolves.toBe(0)
      await context.close()
    },
    STEP_TIMEOUT,
  )
})
