import { createHash, createHmac, randomBytes } from 'node:crypto'

/** A new refresh token: 256 bits from the CSPRNG, URL-safe. */
export const newRefreshToken = (): string => randomBytes(32).toString('base64url')

/** What the store keeps of a token: its SHA-256, so a copy of the table opens no session. */
export const refreshTokenHash = (token: string): string =>
  createHash('sha256').update(token).digest('hex')

/**
 * The token that succeeds `token`: an HMAC of it with the server's secret, so every tab of one
 * browser presenting the same token during the leeway receives the same successor (and the
 * browser ends up with one cookie), while nobody without the secret can compute it.
 */
export const successorOf = (token: string, secret: string): string =>
  createHmac('sha256', secret).update(`refresh-successor:${token}`).digest('base64url')

/** Whether a cookie value can be a token of ours (43 base64url characters); anything else is unknown. */
export const isRefreshTokenShape = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
