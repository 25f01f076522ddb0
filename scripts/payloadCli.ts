import { spawn } from 'node:child_process'

import { useDevDatabase } from './devDatabase'

/**
 * Runs a Payload CLI command (`generate:types`, `generate:importmap`, `migrate:create NAME`)
 * against the dev database, so it works without exporting DATABASE_URL first.
 */
const database = await useDevDatabase()
const cli = spawn('npx', ['payload', ...process.argv.slice(2)], {
  env: process.env,
  stdio: 'inherit',
})
cli.on('exit', async (code) => {
  await database.stop()
  process.exit(code ?? 1)
})
