import type { PublicLinkKey } from '../publicLinks/publicLinkFormat'
import { signPublicLink } from '../publicLinks/signPublicLink'

/**
 * 60 days. Reminders are read weeks after they are sent, and a dunning policy contacts an owner
 * every 14 to 30 days (`minDaysBetweenContacts` of the demo and bench policies), so a link still
 * works when the next reminder brings a fresh one, with weeks to spare. Longer would leave a
 * forwarded or leaked link showing the statement long after its debt; a change of owner revokes
 * the old links at once (`revokeStatementLinks`).
 */
export const STATEMENT_LINK_LIFETIME_SECONDS = 60 * 24 * 60 * 60

/**
 * The statement page's address for one apartment of one office: `<base>/statement/<token>`, the
 * token a `statement` public link signed with the first key and valid for 60 days from `now`
 * (unix seconds). Pure but for the link's random id.
 */
export const signStatementLink = ({
  apartmentId,
  baseUrl,
  keys,
  now,
  officeId,
}: {
  apartmentId: number
  baseUrl: string
  keys: readonly PublicLinkKey[]
  now: number
  officeId: number
}): string => {
  const token = signPublicLink({
    keys,
    lifetimeSeconds: STATEMENT_LINK_LIFETIME_SECONDS,
    now,
    officeId,
    purpose: 'statement',
    subjectId: apartmentId,
  })
  return `${baseUrl.replace(/\/$/, '')}/statement/${token}`
}
