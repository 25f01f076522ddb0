import config from '@payload-config'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { getPayload } from 'payload'
import type { Payload } from 'payload'

import { applyMigrations } from '../../src/lib/db/applyMigrations'
import { closePayload } from '../../src/lib/db/closePayload'
import {
  connectionsTo,
  createDatabase,
  dropDatabase,
  withDatabase,
} from '../../src/lib/db/databaseAdmin'
import type { ListenerDefinition } from '../../src/lib/events/defineListener'
import { configuredListeners } from '../../src/lib/events/registerListeners'
import { waitFor } from '../fixtures/waitFor'

export type IsolatedPayload = {
  /** Its Payload, cached under the given key. */
  payload: Payload
  /** Closes it and drops its database. */
  stop: () => Promise<void>
  /** Its database, for the queue's own pool. */
  url: string
}

/**
 * A Payload on a database of its own beside the run's (same server, built by the same
 * migrations, dropped by `stop`), for a suite whose background work would otherwise reach the rows
 * of the suites that share the run's database: an outbox dispatcher hands every undispatched event
 * to its listeners, whichever suite recorded it. `key` caches it apart from the file's main Payload;
 * route handlers reach it with `handleEndpoints({ payloadInstanceCacheKey: key })`.
 *
 * `listeners` join the app's in its config: the ledger writes an event only when some configured
 * listener listens to its type, so a suite's own listeners must be in the config to hear anything.
 * Their queue tasks are the suite's to give to the queue it starts.
 */
export const startIsolatedPayload = async (
  key: string,
  { listeners = [] }: { listeners?: readonly ListenerDefinition[] } = {},
): Promise<IsolatedPayload> => {
  const runUrl = process.env.DATABASE_URL as string
  const name = `${decodeURIComponent(new URL(runUrl).pathname.slice(1))}_${key}`
  await createDatabase(runUrl, name)
  const url = withDatabase(runUrl, name)
  const sanitized = await config
  const adapter = postgresAdapter({ pool: { connectionString: url, max: 10 }, push: false })
  // The config is sanitized already: the adapter gets the defaults sanitizing gave the first one.
  const db = { ...sanitized.db, ...adapter, allowIDOnCreate: sanitized.db.allowIDOnCreate }
  const custom = {
    ...sanitized.custom,
    listeners: [...configuredListeners(sanitized), ...listeners],
  }
  const payload = await getPayload({ config: { ...sanitized, custom, db }, key })
  await applyMigrations(payload)
  return {
    payload,
    stop: async () => {
      await closePayload(payload)
      // pg's pools resolve `end()` before their connections have closed; a forced drop would
      // kill one mid-close and its client would throw an unhandled error into a running test.
      await waitFor({
        check: async () => (await connectionsTo(runUrl, name)) === 0,
        description: `the connections to ${name} to close`,
        intervalMs: 50,
        timeoutMs: 10_000,
      })
      await dropDatabase(runUrl, name)
    },
    url,
  }
}
