import { createDatabase, databaseExists, withDatabase } from '../src/lib/db/databaseAdmin'
import { startEmbeddedPostgres } from '../src/lib/db/embeddedPostgres'
import { loadDotEnv } from './loadDotEnv'

export const EMBEDDED_DATA_DIR = '.data/postgres'
export const EMBEDDED_DATABASE = 'building_office'

/**
 * The database a developer command talks to: `DATABASE_URL` when set (a real server), otherwise the
 * embedded PostgreSQL persisted under `.data/`, started on first use (`.env` is read first). Sets `DATABASE_URL` for
 * everything this process loads or spawns afterwards.
 */
export const useDevDatabase = async (): Promise<{ stop: () => Promise<void>; url: string }> => {
  loadDotEnv()
  if (process.env.DATABASE_URL) return { stop: async () => {}, url: process.env.DATABASE_URL }

  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329)
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port })
  const serverUrl = server.urlFor()
  if (!(await databaseExists(serverUrl, EMBEDDED_DATABASE)))
    await createDatabase(serverUrl, EMBEDDED_DATABASE)
  const url = withDatabase(serverUrl, EMBEDDED_DATABASE)
  process.env.DATABASE_URL = url
  console.log(
    `Using the embedded PostgreSQL in ${EMBEDDED_DATA_DIR} (port ${port}). Production uses a real server via DATABASE_URL.`,
  )
  return { stop: server.stop, url }
}
