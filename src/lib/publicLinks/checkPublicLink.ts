import type { PayloadRequest } from 'payload'

import { readEnv } from '../env'
import { claimPublicLinkUse } from './linkUses'
import { isOneTime, isRevoked } from './linkRules'
import type { PublicLinkPurpose } from './purposes'
import { revokedBeforeOf } from './revocations'
import { verifyPublicLink } from './verifyPublicLink'
import type { PublicLinkRefusal, PublicLinkVerification } from './verifyPublicLink'

export type PublicLinkCheck =
  | Extract<PublicLinkVerification, { ok: true }>
  | { ok: false; reason: 'revoked' | 'used' | PublicLinkRefusal }

/**
 * Whether a token from a URL opens `purpose`'s page: signed by a key of `PUBLIC_LINK_KEYS`, for
 * this purpose, unexpired, not revoked, and, for a one-time purpose, not used before (this call
 * uses it, in `req`'s transaction). Loads nothing else: whether the subject exists and belongs
 * to the token's office is the purpose's own check, after this one. Every refusal is meant to be
 * answered the same way (a 404); `reason` is for counting.
 */
export const checkPublicLink = async ({
  purpose,
  req,
  token,
}: {
  purpose: PublicLinkPurpose
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>
  token: unknown
}): Promise<PublicLinkCheck> => {
  const verified = verifyPublicLink({
    keys: readEnv().publicLinkKeys,
    now: Date.now() / 1000,
    purpose,
    token,
  })
  if (!verified.ok) return verified
  const { link } = verified
  if (isRevoked(link, await revokedBeforeOf({ link, req }))) return { ok: false, reason: 'revoked' }
  if (isOneTime(link.purpose) && !(await claimPublicLinkUse({ link, req }))) {
    return { ok: false, reason: 'used' }
  }
  return verified
}
