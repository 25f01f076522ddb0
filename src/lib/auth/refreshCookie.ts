/**
 * The refresh token's cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's
 * request carries it), sent only to the refresh path (Payload's `refresh-token` endpoint, which
 * the admin calls to renew), `Secure` and `__Secure-` named over https. `__Host-` would need
 * `Path=/`, which would send the token with every request: the narrower path is worth more.
 */
const REFRESH_PATH = '/api/users/refresh-token'

const refreshCookieName = (https: boolean): string => (https ? '__Secure-bo-refresh' : 'bo-refresh')

const attributes = (https: boolean) =>
  [`Path=${REFRESH_PATH}`, 'HttpOnly', 'SameSite=Strict', ...(https ? ['Secure'] : [])].join('; ')

/** A `Set-Cookie` value carrying `token` until `expiresAt` (the family's absolute end). */
export const refreshCookie = ({
  expiresAt,
  https,
  now = new Date(),
  token,
}: {
  expiresAt: Date
  https: boolean
  now?: Date
  token: string
}): string => {
  const maxAge = Math.max(0, Math.ceil((expiresAt.getTime() - now.getTime()) / 1000))
  return `${refreshCookieName(https)}=${token}; ${attributes(https)}; Max-Age=${maxAge}`
}

/** A `Set-Cookie` value that removes the refresh cookie. */
export const expiredRefreshCookie = (https: boolean): string =>
  `${refreshCookieName(https)}=; ${attributes(https)}; Max-Age=0`

/** The refresh token a request's `Cookie` header carries, if any. */
export const refreshTokenIn = (headers: Headers, https: boolean): null | string => {
  const name = refreshCookieName(https)
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=') || null
  }
  return null
}
