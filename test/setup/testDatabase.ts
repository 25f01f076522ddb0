import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createDatabase, dropDatabase, withDatabase } from '../../src/lib/db/databaseAdmin'
import { startEmbeddedPostgres } from '../../src/lib/db/embeddedPostgres'

export type TestDatabase = { drop: () => Promise<void>; url: string }

/**
 * A fresh, empty database for one test run: on the server named by `DATABASE_URL`, or on an
 * embedded PostgreSQL started for this run in a temporary directory when none is set.
 */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const name = `bo_test_${Date.now()}_${process.pid}`
  const serverUrl = process.env.DATABASE_URL
  if (serverUrl) {
    await createDatabase(serverUrl, name)
    return { drop: () => dropDatabase(serverUrl, name), url: withDatabase(serverUrl, name) }
  }

  const dataDir = mkdtempSync(path.join(tmpdir(), 'bo-test-pg-'))
  const port = 55_000 + (process.pid % 5_000)
  const server = await startEmbeddedPostgres({ dataDir, persistent: false, port })
  await createDatabase(server.urlFor(), name)
  return {
    drop: async () => {
      await server.stop()
      rmSync(dataDir, { force: true, recursive: true })
    },
    url: server.urlFor(name),
  }
}
