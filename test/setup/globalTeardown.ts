import { rmSync } from 'node:fs'

/** Drops this run's database (and stops the embedded server if the run started one) and stops the SMTP sink. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.smtpSink?.stop()
  if (globalThis.smtpSink) rmSync(globalThis.smtpSink.dir, { force: true, recursive: true })
  await globalThis.testDatabase?.drop()
}
