import { readEnv } from '../env'
import { publicBaseUrl } from '../http/publicBaseUrl'
import { signStatementLink } from './signStatementLink'

/**
 * The statement links of one office's apartments, as reminders carry them (`{paymentLink}`):
 * bound to this app's public URL (`SERVER_URL`) and signed with the first `PUBLIC_LINK_KEYS` key,
 * each valid 60 days from when it is made. Every feature that sends reminders takes its links
 * from here. The office is signed into the link and checked against the apartment when it is
 * opened, so pass the office the apartments belong to.
 */
export const statementLinkOf = ({
  officeId,
}: {
  officeId: number
}): ((apartmentId: number) => string) => {
  const env = readEnv()
  const baseUrl = publicBaseUrl(env)
  return (apartmentId) =>
    signStatementLink({
      apartmentId,
      baseUrl,
      keys: env.publicLinkKeys,
      now: Date.now() / 1000,
      officeId,
    })
}
