/**
 * The lifetimes of a rotating refresh session (`ENABLE_HTTPONLY_AUTH`), and why:
 * - access token: 15 minutes. A stolen access token is good for at most that long; the admin
 *   renews it before it ends, rotating the refresh token each time.
 * - idle: 12 hours without a renewal ends the session (a laptop left overnight signs in again;
 *   an open admin tab renews itself, so it counts as in use).
 * - absolute: 30 days from the sign-in, which no rotation extends (Auth0's default).
 * - reuse leeway: 10 seconds in which a rotated token still gives the same successor, for the
 *   tabs of one browser that renew at once; after it, a rotated token coming back is a replay
 *   and ends the whole family.
 */
export const REFRESH_POLICY = {
  absoluteSeconds: 30 * 24 * 60 * 60,
  accessTokenSeconds: 15 * 60,
  idleSeconds: 12 * 60 * 60,
  reuseLeewaySeconds: 10,
} as const

/** What the store knows of a presented refresh token. */
export type RefreshTokenRow = {
  familyExpiresAt: Date
  idleExpiresAt: Date
  revokedAt: Date | null
  rotatedAt: Date | null
}

/** What to do with a presented refresh token. */
export type RefreshDecision =
  | 'concurrent' // rotated moments ago: give the same successor
  | 'expired' // idle or absolute lifetime over
  | 'reuse' // rotated before the leeway: a replay, end the family
  | 'revoked' // its family was ended (logout, password change, reuse)
  | 'rotate' // live: issue its successor
  | 'unknown' // never issued here

/** Decides a refresh from the token's row (null when unknown) at `now`. Pure. */
export const decideRefresh = (row: RefreshTokenRow | null, now: Date): RefreshDecision => {
  if (!row) return 'unknown'
  if (row.revokedAt) return 'revoked'
  if (row.rotatedAt) {
    const sinceRotation = (now.getTime() - row.rotatedAt.getTime()) / 1000
    return sinceRotation <= REFRESH_POLICY.reuseLeewaySeconds ? 'concurrent' : 'reuse'
  }
  if (now >= row.familyExpiresAt || now >= row.idleExpiresAt) return 'expired'
  return 'rotate'
}
