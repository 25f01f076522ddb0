import type { Payload } from 'payload'

import { readEnv } from '../env'
import type { PublicLinkPurpose } from '../publicLinks/purposes'
import { verifyPublicLink } from '../publicLinks/verifyPublicLink'
import { recordSecurityEvents } from './recordSecurityEvents'

/**
 * The office a refused token was genuinely signed for, or null. Checked as at time 0, so an
 * expired token still names its office, but only a token signed by one of our keys for this
 * purpose does: a forgery's claims are the forger's and name nobody. Pure but for the keys.
 */
const signedOfficeOf = (purpose: PublicLinkPurpose, token: unknown): null | number => {
  const verified = verifyPublicLink({ keys: readEnv().publicLinkKeys, now: 0, purpose, token })
  return verified.ok ? verified.link.officeId : null
}

/**
 * A public link that did not open (every refusal is the same 404 to the visitor): the reason
 * (`bad-signature`, `unknown-key`, `expired`, `revoked`, `wrong-office`, ...), the visitor's
 * address, and the office the link was signed for when it is authentic, so its admins see their
 * own revoked or expired links being opened.
 */
export const recordPublicLinkRefusal = ({
  address,
  payload,
  purpose,
  reason,
  token,
}: {
  address: null | string
  payload: Payload
  purpose: PublicLinkPurpose
  reason: string
  token: unknown
}): Promise<void> =>
  recordSecurityEvents({
    events: [
      {
        address,
        detail: { purpose, reason },
        kind: 'public-link-refused',
        officeId: signedOfficeOf(purpose, token),
      },
    ],
    payload,
  })
