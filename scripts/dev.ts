import { spawn } from 'node:child_process'

import { getPayload } from 'payload'

import { applyMigrations } from '../src/lib/db/applyMigrations'
import { closePayload } from '../src/lib/db/closePayload'
import { useDevDatabase } from './devDatabase'
import { withoutBackgroundWork } from './withoutBackgroundWork'
import { seedPreset } from './seed/seedPreset'

/**
 * `npm run dev`: database (embedded unless DATABASE_URL), pending migrations, demo data on the
 * first start, then `next dev`. The embedded server stops when this process does.
 */
// `next dev` runs the workers and the scheduler; this launcher only migrates and seeds.
const appEnv = { ...process.env }
withoutBackgroundWork()
const database = await useDevDatabase()
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
await applyMigrations(payload)
const { totalDocs } = await payload.count({ collection: 'offices' })
if (totalDocs === 0) {
  console.log('[dev] empty database: seeding the demo preset (logins in README.md)')
  await seedPreset(payload, {
    preset: 'demo',
    progress: (message) => console.log(`[seed] ${message}`),
  })
}
await closePayload(payload)

const port = process.env.PORT ?? '3000'
const next = spawn('npx', ['next', 'dev', '--port', port, ...process.argv.slice(2)], {
  env: { ...appEnv, DATABASE_URL: database.url },
  stdio: 'inherit',
})
console.log(`[dev] admin: http://localhost:${port}/admin`)

const shutdown = async (code: number) => {
  await database.stop()
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => next.kill(signal))
}
next.on('exit', (code) => void shutdown(code ?? 0))
