import { randomBytes } from 'node:crypto'

import { claimsSchema, signatureOf } from './publicLinkFormat'
import type { PublicLinkKey } from './publicLinkFormat'
import type { PublicLinkPurpose } from './purposes'

/** 128 random bits: a link id nobody can guess or enumerate. */
const LINK_ID_BYTES = 16

export const newLinkId = (): string => randomBytes(LINK_ID_BYTES).toString('base64url')

/**
 * A signed token for `purpose` about one subject (an apartment for a statement) of one office,
 * valid from `now` for `lifetimeSeconds`, signed with the FIRST key (the others only verify, so
 * a rotation adds the new key in front). Throws on arguments no token may carry, so nothing is
 * signed that `verifyPublicLink` would refuse. Pure but for the random link id, which a caller
 * may pass.
 */
export const signPublicLink = ({
  keys,
  lifetimeSeconds,
  linkId = newLinkId(),
  now,
  officeId,
  purpose,
  subjectId,
}: {
  keys: readonly PublicLinkKey[]
  lifetimeSeconds: number
  linkId?: string
  /** Unix seconds (fractions are dropped). */
  now: number
  officeId: number
  purpose: PublicLinkPurpose
  subjectId: number
}): string => {
  const key = keys[0]
  if (!key) throw new Error('No public link key to sign with: set PUBLIC_LINK_KEYS')
  const issuedAt = Math.floor(now)
  const parsed = claimsSchema.safeParse({
    exp: issuedAt + lifetimeSeconds,
    iat: issuedAt,
    kid: key.id,
    lid: linkId,
    o: officeId,
    p: purpose,
    s: subjectId,
  })
  if (!parsed.success) throw new Error(`Cannot sign this public link: ${parsed.error.message}`)
  const payloadPart = Buffer.from(JSON.stringify(parsed.data)).toString('base64url')
  const signature = signatureOf({ payloadPart, purpose, secret: key.secret })
  return `${payloadPart}.${signature.toString('base64url')}`
}
