import { execFileSync } from 'node:child_process'

import { createDatabase, databaseExists, withDatabase } from '../../src/lib/db/databaseAdmin'

const SUFFIX = '_e2e'

const nameOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1))

/**
 * The browser tests' database beside the run's (`<run database>_e2e`, same server), from the
 * run's URL or from its own (the same answer twice). The app they drive runs the queue's workers,
 * the scheduler and the outbox dispatcher, which act on every office they find; on a database of
 * its own it never reaches the rows the integration suites, running at the same time, assert on.
 */
export const e2eDatabaseUrl = (url: string): string =>
  nameOf(url).endsWith(SUFFIX) ? url : withDatabase(url, `${nameOf(url)}${SUFFIX}`)

/** The run's database, through which the e2e database is created and dropped. */
export const runDatabaseUrl = (url: string): string =>
  nameOf(url).endsWith(SUFFIX) ? withDatabase(url, nameOf(url).slice(0, -SUFFIX.length)) : url

/** Creates the e2e database and builds it with the migrations, unless it exists already. */
export const ensureE2eDatabase = async (url: string): Promise<void> => {
  if (await databaseExists(runDatabaseUrl(url), nameOf(url))) return
  await createDatabase(runDatabaseUrl(url), nameOf(url))
  execFileSync('npx', ['tsx', 'scripts/migrate.ts'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}
