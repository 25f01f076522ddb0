import { existsSync } from 'node:fs'

/**
 * Loads `.env` for the tsx launchers the way Next.js and the Payload CLI do: variables already
 * set in the shell win. (Node >= 20.12 has `process.loadEnvFile`; older 20.x simply skip it.)
 */
export const loadDotEnv = (): void => {
  if (existsSync('.env') && typeof process.loadEnvFile === 'function') process.loadEnvFile('.env')
}
