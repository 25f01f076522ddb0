import { timingSafeEqual } from 'node:crypto'

import {
  claimsSchema,
  isCanonicalBase64url,
  linkOf,
  MAX_TOKEN_LENGTH,
  SIGNATURE_LENGTH,
  signatureOf,
} from './publicLinkFormat'
import type { Claims, PublicLink, PublicLinkKey } from './publicLinkFormat'
import type { PublicLinkPurpose } from './purposes'

/**
 * Why a token was refused. The page answers every one with the same 404; the reason is for
 * counting: `bad-signature` and `unknown-key` are forgeries or leftovers of a removed key,
 * `malformed` and `oversize` are mangled or probing input, `wrong-purpose` is a genuine token
 * shown to the wrong page, `expired` is an honest owner who waited too long.
 */
export type PublicLinkRefusal =
  'bad-signature' | 'expired' | 'malformed' | 'oversize' | 'unknown-key' | 'wrong-purpose'

export type PublicLinkVerification =
  { link: PublicLink; ok: true } | { ok: false; reason: PublicLinkRefusal }

const refuse = (reason: PublicLinkRefusal): PublicLinkVerification => ({ ok: false, reason })

const claimsIn = (payloadPart: string): Claims | null => {
  try {
    const parsed = claimsSchema.safeParse(
      JSON.parse(Buffer.from(payloadPart, 'base64url').toString()),
    )
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * Checks a token from a URL for `purpose` at `now` (unix seconds) against every listed key (so a
 * token signed by a key being rotated out still verifies while it is listed). The signature is
 * compared in constant time and checked before anything the claims say is believed: purpose and
 * expiry are only reported for authentic tokens. Pure.
 */
export const verifyPublicLink = ({
  keys,
  now,
  purpose,
  token,
}: {
  keys: readonly PublicLinkKey[]
  now: number
  purpose: PublicLinkPurpose
  token: unknown
}): PublicLinkVerification => {
  if (typeof token !== 'string') return refuse('malformed')
  if (token.length > MAX_TOKEN_LENGTH) return refuse('oversize')
  const parts = token.split('.')
  if (parts.length !== 2) return refuse('malformed')
  const [payloadPart, signaturePart] = parts
  if (
    signaturePart.length !== SIGNATURE_LENGTH ||
    !isCanonicalBase64url(signaturePart) ||
    !isCanonicalBase64url(payloadPart)
  ) {
    return refuse('malformed')
  }
  const claims = claimsIn(payloadPart)
  if (!claims) return refuse('malformed')
  const key = keys.find((candidate) => candidate.id === claims.kid)
  if (!key) return refuse('unknown-key')
  const expected = signatureOf({ payloadPart, purpose: claims.p, secret: key.secret })
  if (!timingSafeEqual(expected, Buffer.from(signaturePart, 'base64url'))) {
    return refuse('bad-signature')
  }
  if (claims.p !== purpose) return refuse('wrong-purpose')
  if (now >= claims.exp) return refuse('expired')
  return { link: linkOf(claims), ok: true }
}
