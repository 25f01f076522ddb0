import { readEnv } from '../../../src/lib/env'
import { statementLink } from '../../../src/lib/statement/statementLink'

/** The signed statement link a reminder carries (`{paymentLink}`), bound to this app's URL and secret. */
export const statementLinkOf = (): ((apartmentId: number) => string) => {
  const env = readEnv()
  const baseUrl = env.serverUrl ?? 'http://localhost:3000'
  return (apartmentId) => statementLink({ apartmentId, baseUrl, secret: env.payloadSecret })
}
