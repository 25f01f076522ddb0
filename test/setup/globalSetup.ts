import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startSmtpSink } from '../helpers/smtpSink'
import type { SmtpSink } from '../helpers/smtpSink'
import { createTestDatabase } from './testDatabase'
import type { TestDatabase } from './testDatabase'

declare global {
  var smtpSink: SmtpSink | undefined
  var testDatabase: TestDatabase | undefined
}

/**
 * Creates this run's database and builds its schema with `npm run migrate` (the committed
 * migrations, never a dev push). Workers inherit `DATABASE_URL`, so every suite uses it.
 */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase()
  globalThis.testDatabase = database
  process.env.DATABASE_URL = database.url
  // `/api/metrics` answers 404 without a token; the observability suite scrapes it with this one.
  process.env.METRICS_TOKEN ??= 'test-metrics-token-0123456789'
  // Signs the provider's delivery status callbacks in test/int/deliveryStatus.int.spec.ts.
  process.env.NOTIFICATIONS_WEBHOOK_SECRET ??= 'test-notifications-webhook-secret-0123'
  execFileSync('npx', ['tsx', 'scripts/migrate.ts'], {
    env: process.env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  // A real SMTP server for the run (test/fixtures/smtpSink.ts): the app's e-mail adapter sends to
  // it, and tests read what arrived from SMTP_SINK_DIR. Started after the migration, so a failed
  // one leaves no sink behind.
  globalThis.smtpSink = await startSmtpSink({
    dir: mkdtempSync(path.join(tmpdir(), 'bo-test-mail-')),
  })
  process.env.SMTP_URL = globalThis.smtpSink.url
  process.env.SMTP_SINK_DIR = globalThis.smtpSink.dir
}
