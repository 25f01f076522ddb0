import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/** A drizzle SQL fragment, composable inside `sql` templates. */
export type SQL = ReturnType<typeof sql>

/** The slice of drizzle's API the set-based code uses: raw SQL with bound parameters. */
export type SqlExecutor = {
  execute: <T extends Record<string, unknown> = Record<string, unknown>>(
    query: SQL,
  ) => Promise<{ rows: T[] }>
}

type DrizzleAdapterLike = {
  drizzle: SqlExecutor
  sessions?: Record<string | number, { db: SqlExecutor } | undefined>
}

/**
 * The drizzle handle of the request's open transaction (or the plain pool when there is none), so
 * set-based SQL commits or rolls back together with the Local API writes of the same request.
 */
export const dbFor = async (
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
): Promise<SqlExecutor> => {
  const adapter = req.payload.db as unknown as DrizzleAdapterLike
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle
}

export { sql }

/**
 * One array bind parameter cast to `type` (`int[]`, `varchar[]`, `boolean[]`...). A plain array
 * in a drizzle `sql` template would expand into a parenthesised list of parameters instead.
 */
export const arrayParam = (values: readonly unknown[], type: string): SQL =>
  sql`${sql.param([...values])}::${sql.raw(type)}`
