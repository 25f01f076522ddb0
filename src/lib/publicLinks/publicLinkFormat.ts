import { createHmac } from 'node:crypto'

import { z } from 'zod'

import { MAX_ROW_ID } from '../db/rowId'
import { PUBLIC_LINK_PURPOSES } from './purposes'
import type { PublicLinkPurpose } from './purposes'

/**
 * The token format shared by `signPublicLink` and `verifyPublicLink`:
 * `base64url(JSON claims) "." base64url(HMAC-SHA256(key, purpose "." payload part))`.
 * There is no algorithm field: the one algorithm is fixed here, so nobody can ask for another.
 */

/** A signing key as `PUBLIC_LINK_KEYS` lists it. */
export type PublicLinkKey = { id: string; secret: string }

/** What a verified token says. Times are unix seconds. */
export type PublicLink = {
  expiresAt: number
  issuedAt: number
  keyId: string
  /** Random, 128 bits: what one-time use records, and what tells two links of a subject apart. */
  linkId: string
  officeId: number
  purpose: PublicLinkPurpose
  subjectId: number
}

/** Far above a real token (about 200 characters): refused before any decoding or hashing. */
export const MAX_TOKEN_LENGTH = 1024

/** 32 bytes of HMAC-SHA256 in unpadded base64url. */
export const SIGNATURE_LENGTH = 43

const rowId = z.number().int().min(1).max(MAX_ROW_ID)
const seconds = z.number().int().min(1)

/** Short keys keep the link short enough for an SMS; `strictObject` refuses any field we did not sign. */
export const claimsSchema = z
  .strictObject({
    exp: seconds,
    iat: seconds,
    kid: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
    lid: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/),
    o: rowId,
    p: z.enum(PUBLIC_LINK_PURPOSES),
    s: rowId,
  })
  .refine((claims) => claims.exp > claims.iat, 'expires before it is issued')

export type Claims = z.output<typeof claimsSchema>

export const linkOf = (claims: Claims): PublicLink => ({
  expiresAt: claims.exp,
  issuedAt: claims.iat,
  keyId: claims.kid,
  linkId: claims.lid,
  officeId: claims.o,
  purpose: claims.p,
  subjectId: claims.s,
})

/**
 * The purpose is signed in front of the payload as well as inside it, so a signature can only
 * ever be checked as the purpose it was made for, whatever a future change does to the claims.
 */
export const signatureOf = ({
  payloadPart,
  purpose,
  secret,
}: {
  payloadPart: string
  purpose: PublicLinkPurpose
  secret: string
}): Buffer => createHmac('sha256', secret).update(`${purpose}.${payloadPart}`).digest()

/**
 * Unpadded base64url that decodes and re-encodes to itself. Node's decoder skips characters it
 * does not know and ignores trailing bits, so without this check one token would have many
 * spellings.
 */
export const isCanonicalBase64url = (text: string): boolean =>
  /^[A-Za-z0-9_-]+$/.test(text) && Buffer.from(text, 'base64url').toString('base64url') === text
