import { getPayload } from 'payload'

import { applyMigrations } from '../src/lib/db/applyMigrations'
import { closePayload } from '../src/lib/db/closePayload'
import { useDevDatabase } from './devDatabase'
import { withoutBackgroundWork } from './withoutBackgroundWork'

/** `npm run migrate`: applies the committed migrations to the dev (or DATABASE_URL) database. */
withoutBackgroundWork()
const database = await useDevDatabase()
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
await applyMigrations(payload)
await closePayload(payload)
await database.stop()
