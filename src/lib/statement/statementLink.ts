import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The apartment statement page's signed link, which reminders carry as `{paymentLink}`: the
 * signature (HMAC-SHA256 of the apartment id with the app secret, 128 bits) makes the link
 * unguessable and unalterable, so an owner can open it without an account. Pure.
 */
const signatureOf = ({ apartmentId, secret }: { apartmentId: number; secret: string }) =>
  createHmac('sha256', secret).update(`statement:${apartmentId}`).digest('hex').slice(0, 32)

export const statementLink = ({
  apartmentId,
  baseUrl,
  secret,
}: {
  apartmentId: number
  baseUrl: string
  secret: string
}): string =>
  `${baseUrl.replace(/\/$/, '')}/statement/${apartmentId}?sig=${signatureOf({ apartmentId, secret })}`

/** Whether `signature` is the one `statementLink` gives this apartment (constant-time compare). */
export const isStatementSignatureValid = ({
  apartmentId,
  secret,
  signature,
}: {
  apartmentId: number
  secret: string
  signature: unknown
}): boolean => {
  if (typeof signature !== 'string' || !/^[0-9a-f]{32}$/.test(signature)) return false
  return timingSafeEqual(Buffer.from(signature), Buffer.from(signatureOf({ apartmentId, secret })))
}
