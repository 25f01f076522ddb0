import { createHmac } from 'node:crypto'

/**
 * The link a reminder carries: the apartment's statement page, signed so it cannot be guessed or
 * altered (HMAC of the apartment id with the app secret). The resident statement page that checks
 * the signature comes with the resident self-service slice.
 */
export const statementLink = ({ apartmentId, baseUrl, secret }: { apartmentId: number; baseUrl: string; secret: string }): string => {
  const signature = createHmac('sha256', secret).update(`statement:${apartmentId}`).digest('hex').slice(0, 32)
  return `${baseUrl.replace(/\/$/, '')}/statement/${apartmentId}?sig=${signature}`
}
