import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { withoutBackgroundWork } from '../../scripts/withoutBackgroundWork'
import { closePayload } from '../../src/lib/db/closePayload'
import { poolOf } from '../../src/lib/db/poolOf'
import { signWebhook } from '../../src/lib/webhooks/webhookSignature'
import { shiftDate } from '../../src/ledger/engine/officeCalendar'
import { readSinkMessages } from '../helpers/smtpSink'
import { findChromium, launchChromium } from './browser'
import { createCollectionsFixture, E2E_PASSWORD } from './collectionsFixture'
import type { CollectionsFixture } from './collectionsFixture'
import { logIn } from './logIn'
import { useSharedAppServer } from './sharedAppServer'

/**
 * NC-207, the Collections happy path in a real browser against the built app, with a real SMTP
 * server: an overdue apartment -> the accountant runs the policy from the Collections view -> the
 * owner's e-mail arrives with the amount -> a promise to pay is recorded from the apartment's row
 * (a bad amount first: the field error shows next to the field) -> the next run skips it, shown
 * as paused in the queue and in the run's timeline -> the payment arrives through the signed
 * webhook -> the next run marks the promise kept and contacts nobody -> a dead-letter run is put
 * back on the queue with "Replay" and finished by the worker. Last, an office whose pilot
 * override turns the feature off gets no link and a 404.
 */
const chromiumBinary = findChromium()
if (!chromiumBinary.path) {
  if (process.env.CI === 'true')
    throw new Error(`Browser tests cannot run in CI: ${chromiumBinary.reason}`)
  console.warn(`Skipping browser tests: ${chromiumBinary.reason}`)
}
const describeInBrowser = chromiumBinary.path ? describe : describe.skip
const STEP_TIMEOUT = 180_000
const VIEW_PATH = '/admin/office-finance/collections'
const TERMINAL_RUN_STATUSES = ['completed', 'failed', 'dead-letter']

describeInBrowser('Collections OS happy path (real browser, real SMTP)', () => {
  let app: { logPath: string; url: string }
  let browser: Browser
  let page: Page
  let payload: Payload
  let fixture: CollectionsFixture

  beforeAll(async () => {
    app = await useSharedAppServer()
    // The fixtures are written through this process's own Payload, which must not run jobs: the
    // app under test does that.
    withoutBackgroundWork()
    const { default: config } = await import('../../payload.config')
    payload = await getPayload({ config })
    fixture = await createCollectionsFixture(payload)
    browser = await launchChromium(chromiumBinary.path as string)
    page = await browser.newPage()
    await logIn({ email: fixture.accountant.email, page, password: E2E_PASSWORD, url: app.url })
    await page.waitForURL(`${app.url}/admin`)
  }, 1_200_000)

  afterAll(async () => {
    if (page)
      await page
        .screenshot({ fullPage: true, path: path.join(tmpdir(), 'bo-collections-last.png') })
        .catch(() => {})
    await browser?.close()
    if (payload) await closePayload(payload)
  })

  // Screenshots of the view's states, for a person checking how it looks (not compared).
  const snap = (name: string) =>
    page.screenshot({ fullPage: true, path: path.join(tmpdir(), `bo-collections-${name}.png`) })

  const row = () => page.locator(`tr[data-apartment-id="${fixture.overdue.id}"]`)
  const mailToOwner = () =>
    readSinkMessages({ dir: process.env.SMTP_SINK_DIR as string, to: fixture.overdue.owner.email })

  const openView = async (query = '') => {
    const response = await page.goto(`${app.url}${VIEW_PATH}${query}`)
    expect(response?.status()).toBe(200)
    await page.waitForSelector('#collections-queue-heading')
  }

  /** Clicks the policy's "Run now" and waits (the view refreshes itself) until the new run ends. */
  const runNow = async (): Promise<{ id: string; progress: string }> => {
    const known = await page
      .locator('tr[data-run-id]')
      .evaluateAll((rows) => rows.map((tr) => tr.getAttribute('data-run-id')))
    await page.locator(`li[data-policy-id="${fixture.policy.id}"] button`).click()
    const handle = await page.waitForFunction(
      ({ known, terminal }) => {
        const fresh = Array.from(document.querySelectorAll('tr[data-run-id]')).find(
          (tr) =>
            !known.includes(tr.getAttribute('data-run-id')) &&
            terminal.includes(tr.getAttribute('data-run-status') ?? ''),
        )
        return fresh ? fresh.getAttribute('data-run-id') : null
      },
      { known, terminal: TERMINAL_RUN_STATUSES },
      { polling: 500, timeout: 120_000 },
    )
    const id = (await handle.jsonValue()) as string
    const run = page.locator(`tr[data-run-id="${id}"]`)
    await expect(run.getAttribute('data-run-status')).resolves.toBe('completed')
    return {
      id,
      progress: ((await run.locator('.collections-os__progress').textContent()) ?? '').trim(),
    }
  }

  const waitForMail = async (count: number) => {
    const deadline = Date.now() + 60_000
    while (mailToOwner().length < count && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 500))
    return mailToOwner()
  }

  it(
    'should show the overdue apartment in the queue with its bucket, balance and next step',
    async () => {
      await expect(
        page.locator('[data-feature-flag="ENABLE_COLLECTIONS_OS"]').count(),
      ).resolves.toBe(1)
      await openView()
      await expect(row().locator('.collections-os__balance').textContent()).resolves.toBe('€123.45')
      await expect(row().locator('[data-bucket]').getAttribute('data-bucket')).resolves.toBe('0-30')
      await expect(row().locator('.collections-os__last-contact').textContent()).resolves.toBe(
        'Never',
      )
      await expect(row().locator('.collections-os__next-step').textContent()).resolves.toBe(
        'Step 1 · email',
      )
      await expect(row().textContent()).resolves.toContain(fixture.overdue.owner.name)
      // The apartment that owes nothing is not in the queue.
      await expect(page.locator('tr[data-apartment-id]').count()).resolves.toBe(1)
    },
    STEP_TIMEOUT,
  )

  it(
    'should run the policy from the view and e-mail the owner the amount',
    async () => {
      const run = await runNow()
      expect(run.progress).toBe('1 / 1')
      await expect(page.locator(`tr[data-run-id="${run.id}"]`).textContent()).resolves.toContain(
        `by ${fixture.accountant.email}`,
      )
      const mail = await waitForMail(1)
      expect(mail).toHaveLength(1)
      expect(mail[0].text).toContain('Dear Eleni Papadopoulou, you owe €123.45, 20 days overdue.')
      await page.reload()
      await expect(row().locator('.collections-os__last-contact').textContent()).resolves.toBe(
        `${fixture.today} · Step 1 · email`,
      )
      await expect(row().getAttribute('data-status')).resolves.toBe('max-contacts')
    },
    STEP_TIMEOUT,
  )

  it(
    'should show a bad amount next to its field, then record the promise from the apartment row',
    async () => {
      await row().getByRole('button', { name: 'Record promise' }).click()
      const form = page.locator('form.collections-os__form')
      await form.waitFor()
      const dueDate = shiftDate(fixture.today, 7)
      await form.locator('[data-field="amount"] input').fill('0')
      await form.locator('[data-field="dueDate"] input').fill(dueDate)
      await form.getByRole('button', { name: 'Record promise' }).click()
      const amountError = form.locator('[data-field="amount"] .bo-form-field__error')
      await amountError.waitFor()
      expect(await amountError.textContent()).not.toBe('')
      await snap('promise-field-error')
      await expect(
        payload.count({
          collection: 'promises-to-pay',
          where: { apartment: { equals: fixture.overdue.id } },
        }),
      ).resolves.toMatchObject({
        totalDocs: 0,
      })

      await form.locator('[data-field="amount"] input').fill('123.45')
      await form.locator('[data-field="note"] textarea').fill('Pays when the salary arrives')
      await form.getByRole('button', { name: 'Record promise' }).click()
      await form.waitFor({ state: 'detached' })
      const summary = row().locator('[data-promise-status="active"]')
      await summary.waitFor()
      await expect(summary.textContent()).resolves.toBe(`€123.45 by ${dueDate} · active`)
      await expect(row().getAttribute('data-status')).resolves.toBe('promise-active')
      await snap('queue-with-promise')
    },
    STEP_TIMEOUT,
  )

  it(
    'should change the active promise from the row',
    async () => {
      await row().getByRole('button', { name: 'Change promise' }).click()
      const form = page.locator('form.collections-os__form')
      await form.waitFor()
      const later = shiftDate(fixture.today, 10)
      await form.locator('[data-field="dueDate"] input').fill(later)
      await form.getByRole('button', { name: 'Save changes' }).click()
      await form.waitFor({ state: 'detached' })
      await page.waitForFunction(
        ({ id, text }) =>
          document.querySelector(`tr[data-apartment-id="${id}"] [data-promise-status="active"]`)
            ?.textContent === text,
        { id: fixture.overdue.id, text: `€123.45 by ${later} · active` },
        { timeout: 30_000 },
      )
    },
    STEP_TIMEOUT,
  )

  it(
    'should skip the promised apartment on the next run and show escalation paused',
    async () => {
      const run = await runNow()
      expect(run.progress).toBe('0 / 1')
      await page.locator(`tr[data-run-id="${run.id}"] a`).click()
      const event = page.locator(
        `.collections-os__timeline[data-run-id="${run.id}"] li[data-apartment-id="${fixture.overdue.id}"]`,
      )
      await event.waitFor()
      await expect(event.getAttribute('data-outcome')).resolves.toBe('skipped')
      await expect(
        event.locator('[data-skip-reason]').getAttribute('data-skip-reason'),
      ).resolves.toBe('promise-active')
      await snap('run-drawer')
      await page.locator('button.drawer__close').click()
      await page.waitForURL((url) => !url.searchParams.has('run'))

      await openView('?status=promise-active')
      await expect(row().locator('.collections-os__next-step').textContent()).resolves.toBe(
        'Escalation paused: promise active (Step 1)',
      )
      await openView('?status=to-contact')
      await expect(page.locator('.collections-os__empty').first().textContent()).resolves.toContain(
        'No apartment in arrears matches these filters',
      )
      expect(mailToOwner()).toHaveLength(1)
    },
    STEP_TIMEOUT,
  )

  it(
    'should mark the promise kept once the payment arrives through the signed webhook, and contact nobody',
    async () => {
      const body = JSON.stringify({
        amount: 12_345,
        apartmentReference: String(fixture.overdue.id),
        currency: 'EUR',
        eventId: `evt_${randomUUID()}`,
        receivedAt: new Date().toISOString(),
        reference: `bank-${randomUUID()}`,
        type: 'payment.received',
      })
      const response = await fetch(`${app.url}/api/payments/webhook`, {
        body,
        headers: {
          'content-type': 'application/json',
          'x-office': fixture.office.slug,
          'x-signature': signWebhook({
            body,
            secret: fixture.office.webhookSecret,
            timestamp: Math.floor(Date.now() / 1000),
          }),
        },
        method: 'POST',
      })
      expect(response.status).toBe(201)
      await expect(response.json()).resolves.toMatchObject({ status: 'matched' })

      await openView()
      const run = await runNow()
      // Paid up: nobody in arrears is left to evaluate, let alone contact.
      expect(run.progress).toBe('0 / 0')
      const { docs } = await payload.find({
        collection: 'promises-to-pay',
        depth: 0,
        where: { apartment: { equals: fixture.overdue.id } },
      })
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({ paid: 12_345, status: 'kept' })
      expect(docs[0].resolvedOn?.slice(0, 10)).toBe(fixture.today)
      await page.reload()
      await expect(page.locator('.collections-os__empty').first().textContent()).resolves.toContain(
        'No apartment is in arrears',
      )
      expect(mailToOwner()).toHaveLength(1)
    },
    STEP_TIMEOUT,
  )

  it(
    'should put a dead-letter run back on the queue with Replay, audited, and let the worker finish it',
    async () => {
      // A run whose retries gave up, as the queue leaves it after its last attempt.
      const stuck = await payload.create({
        collection: 'dunning-runs',
        data: {
          attempts: 3,
          error: 'SMTP down (e2e)',
          policy: fixture.policy.id,
          status: 'dead-letter',
          tenant: fixture.office.id,
          trigger: 'scheduled',
        },
      })
      await openView()
      const run = page.locator(`tr[data-run-id="${stuck.id}"]`)
      await expect(run.locator('.collections-os__run-error').textContent()).resolves.toBe(
        'SMTP down (e2e)',
      )
      await run.getByRole('button', { name: 'Replay' }).click()
      // The view refreshes itself while the run is queued or running, until the worker ends it.
      await page.waitForFunction(
        (id) =>
          document.querySelector(`tr[data-run-id="${id}"]`)?.getAttribute('data-run-status') ===
          'completed',
        stuck.id,
        { polling: 500, timeout: 120_000 },
      )
      await expect(run.getByRole('button', { name: 'Replay' }).count()).resolves.toBe(0)
      const { rows } = await poolOf(payload).query<{
        actor_label: string
        before: { status: string }
      }>(
        `select actor_label, before from audit_events where action = 'dunning-run.replayed' and entity_id = $1`,
        [String(stuck.id)],
      )
      expect(rows).toEqual([
        expect.objectContaining({
          actor_label: fixture.accountant.email,
          before: expect.objectContaining({ status: 'dead-letter' }),
        }),
      ])
      expect(mailToOwner()).toHaveLength(1)
    },
    STEP_TIMEOUT,
  )

  it(
    'should give an office whose pilot override turns the feature off no link and a 404',
    async () => {
      const context = await browser.newContext()
      const other = await context.newPage()
      await logIn({
        email: fixture.accountantWithoutFeature.email,
        page: other,
        password: E2E_PASSWORD,
        url: app.url,
      })
      await other.waitForURL(`${app.url}/admin`)
      await expect(
        other.locator('[data-feature-flag="ENABLE_COLLECTIONS_OS"]').count(),
      ).resolves.toBe(0)
      const response = await other.goto(`${app.url}${VIEW_PATH}`)
      expect(response?.status()).toBe(404)
      await context.close()
    },
    STEP_TIMEOUT,
  )
})
