import pg from 'pg'

const withClient = async <T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

/** A connection string for another database on the same server. */
export const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url)
  parsed.pathname = `/${encodeURIComponent(database)}`
  return parsed.toString()
}

export const databaseExists = (serverUrl: string, database: string): Promise<boolean> =>
  withClient(serverUrl, async (client) => {
    const result = await client.query('select 1 from pg_database where datname = $1', [database])
    return (result.rowCount ?? 0) > 0
  })

/** How many sessions other than this one are connected to a database. */
export const connectionsTo = (serverUrl: string, database: string): Promise<number> =>
  withClient(serverUrl, async (client) => {
    const result = await client.query<{ n: number }>(
      'select count(*)::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database],
    )
    return result.rows[0].n
  })

export const createDatabase = (serverUrl: string, database: string): Promise<void> =>
  withClient(serverUrl, async (client) => {
    await client.query(`create database ${quoteIdent(database)}`)
  })

export const dropDatabase = (serverUrl: string, database: string): Promise<void> =>
  withClient(serverUrl, async (client) => {
    await client.query(`drop database if exists ${quoteIdent(database)} with (force)`)
  })
