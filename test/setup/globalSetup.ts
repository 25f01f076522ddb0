import { execFileSync } from 'node:child_process'

import { createTestDatabase, type TestDatabase } from './testDatabase'

declare global {
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
  execFileSync('npx', ['tsx', 'scripts/migrate.ts'], { env: process.env, stdio: ['ignore', 'ignore', 'inherit'] })
}
