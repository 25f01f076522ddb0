import { execFileSync } from 'node:child_process'

import { databaseExists, dropDatabase } from '../../src/lib/db/databaseAdmin'
import { e2eDatabaseUrl, runDatabaseUrl } from './e2eDatabase'
import { stopSharedAppServer } from './sharedAppServer'

declare global {
  var e2eTeardownFailure: unknown
}

/**
 * The e2e project's teardown (it runs only when e2e files ran, before the root teardown): stops
 * the app the e2e files shared, then checks what the browser tests left behind with the
 * operators' own commands, `npm run verify-ledger` (every open amount and balance as the live FIFO
 * formula gives it) and `npm run audit:verify` (every office's hash chain), and drops the e2e
 * database. Either command finding a difference fails the run: the error is handed to the root
 * teardown, which raises it after its own cleanup (a throw here would skip that cleanup).
 */
export default async function e2eGlobalTeardown(): Promise<void> {
  const url = e2eDatabaseUrl(process.env.DATABASE_URL as string)
  await stopSharedAppServer(url)
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  if (!(await databaseExists(runDatabaseUrl(url), name))) return
  try {
    for (const command of ['verify-ledger', 'audit:verify']) {
      execFileSync('npm', ['run', '--silent', command], {
        env: { ...process.env, DATABASE_URL: url },
        stdio: ['ignore', 'inherit', 'inherit'],
      })
    }
  } catch (err) {
    globalThis.e2eTeardownFailure = err
  } finally {
    await dropDatabase(runDatabaseUrl(url), name)
  }
}
