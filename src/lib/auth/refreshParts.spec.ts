import { expiredRefreshCookie, refreshCookie, refreshTokenIn } from './refreshCookie'
import { decideRefresh, REFRESH_POLICY } from './refreshPolicy'
import {
  isRefreshTokenShape,
  newRefreshToken,
  refreshTokenHash,
  successorOf,
} from './refreshTokens'

const now = new Date('2026-12-04T12:00:00.000Z')
const seconds = (n: number) => new Date(now.getTime() + n * 1000)
const live = {
  familyExpiresAt: seconds(3600),
  idleExpiresAt: seconds(600),
  revokedAt: null,
  rotatedAt: null,
}

describe('decideRefresh', () => {
  it('should rotate a live token and know an unknown or revoked one', () => {
    expect(decideRefresh(live, now)).toBe('rotate')
    expect(decideRefresh(null, now)).toBe('unknown')
    expect(decideRefresh({ ...live, revokedAt: seconds(-1) }, now)).toBe('revoked')
  })

  it('should give concurrent tabs the successor within the leeway, and call a later use a replay', () => {
    const leeway = REFRESH_POLICY.reuseLeewaySeconds
    expect(decideRefresh({ ...live, rotatedAt: seconds(-leeway) }, now)).toBe('concurrent')
    expect(decideRefresh({ ...live, rotatedAt: seconds(-leeway - 1) }, now)).toBe('reuse')
    // A replay is a replay even after the family expired: the family still ends.
    expect(
      decideRefresh({ ...live, familyExpiresAt: seconds(-5), rotatedAt: seconds(-60) }, now),
    ).toBe('reuse')
  })

  it('should end at the idle or the absolute lifetime', () => {
    expect(decideRefresh({ ...live, idleExpiresAt: now }, now)).toBe('expired')
    expect(decideRefresh({ ...live, familyExpiresAt: now }, now)).toBe('expired')
  })
})

describe('refresh tokens', () => {
  it('should be 256 random bits, stored as a hash, with one successor per token and secret', () => {
    const token = newRefreshToken()
    expect(isRefreshTokenShape(token)).toBe(true)
    expect(newRefreshToken()).not.toBe(token)
    expect(refreshTokenHash(token)).toMatch(/^[0-9a-f]{64}$/)
    expect(successorOf(token, 'secret-a')).toBe(successorOf(token, 'secret-a'))
    expect(successorOf(token, 'secret-a')).not.toBe(successorOf(token, 'secret-b'))
    expect(isRefreshTokenShape(successorOf(token, 'secret-a'))).toBe(true)
    for (const bad of ['', 'x'.repeat(42), `${'x'.repeat(42)}=`, null, 42]) {
      expect(isRefreshTokenShape(bad)).toBe(false)
    }
  })
})

describe('the refresh cookie', () => {
  it('should be HttpOnly, Strict and scoped to the refresh path, Secure over https', () => {
    const plain = refreshCookie({ expiresAt: seconds(90), https: false, now, token: 'abc' })
    expect(plain).toBe(
      'bo-refresh=abc; Path=/api/users/refresh-token; HttpOnly; SameSite=Strict; Max-Age=90',
    )
    expect(refreshCookie({ expiresAt: seconds(90), https: true, now, token: 'abc' })).toBe(
      '__Secure-bo-refresh=abc; Path=/api/users/refresh-token; HttpOnly; SameSite=Strict; Secure; Max-Age=90',
    )
    expect(expiredRefreshCookie(false)).toMatch(/^bo-refresh=; .*Max-Age=0$/)
  })

  it('should read its own cookie among others, under its own name only', () => {
    const headers = new Headers({ cookie: 'payload-token=x; bo-refresh=abc.d=e; other=1' })
    expect(refreshTokenIn(headers, false)).toBe('abc.d=e')
    expect(refreshTokenIn(headers, true)).toBeNull()
    expect(refreshTokenIn(new Headers(), false)).toBeNull()
  })
})
