import { readEnv } from '../env'
import { statementLink } from './statementLink'

/** Where the app is served when `SERVER_URL` is not set: `npm run dev`'s address. */
const DEV_SERVER_URL = 'http://localhost:3000'

/**
 * The signed statement link a reminder carries (`{paymentLink}`), bound to this app's public URL
 * (`SERVER_URL`) and secret: every feature that sends reminders takes its links from here.
 */
export const statementLinkOf = (): ((apartmentId: number) => string) => {
  const env = readEnv()
  const baseUrl = env.serverUrl ?? DEV_SERVER_URL
  return (apartmentId) => statementLink({ apartmentId, baseUrl, secret: env.payloadSecret })
}
