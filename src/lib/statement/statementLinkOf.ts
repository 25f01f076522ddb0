import { readEnv } from '../env'
import { publicBaseUrl } from '../http/publicBaseUrl'
import { statementLink } from './statementLink'

/**
 * The signed statement link a reminder carries (`{paymentLink}`), bound to this app's public URL
 * (`SERVER_URL`) and secret: every feature that sends reminders takes its links from here.
 */
export const statementLinkOf = (): ((apartmentId: number) => string) => {
  const env = readEnv()
  const baseUrl = publicBaseUrl(env)
  return (apartmentId) => statementLink({ apartmentId, baseUrl, secret: env.payloadSecret })
}
