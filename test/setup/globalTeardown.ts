import { rmSync } from 'node:fs'

/**
 * Drops this run's database (and stops the embedded server if the run started one) and stops the
 * SMTP sink; then fails the run if the e2e teardown found the ledger or an audit chain wrong.
 */
export default async function globalTeardown(): Promise<void> {
  await globalThis.smtpSink?.stop()
  if (globalThis.smtpSink) rmSync(globalThis.smtpSink.dir, { force: true, recursive: true })
  await globalThis.testDatabase?.drop()
  if (globalThis.e2eTeardownFailure) throw globalThis.e2eTeardownFailure
}
