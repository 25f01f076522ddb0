import { existingKeyOutcome } from './existingKeyOutcome'
import type { RequestFingerprint } from './keyStore'

const fingerprint: RequestFingerprint = {
  actor: 'users:1',
  method: 'POST',
  path: '/api/payments',
  requestHash: 'a'.repeat(64),
}
const stored = (
  overrides: Partial<
    RequestFingerprint & { isLeaseExpired: boolean; status: 'completed' | 'in_flight' }
  >,
) => ({
  ...fingerprint,
  isLeaseExpired: false,
  status: 'completed' as const,
  ...overrides,
})

describe('existingKeyOutcome', () => {
  it('should replay a completed identical request', () => {
    expect(existingKeyOutcome({ fingerprint, stored: stored({}) })).toBe('replay')
  })

  it('should answer in-flight while the first request runs within its lease', () => {
    expect(existingKeyOutcome({ fingerprint, stored: stored({ status: 'in_flight' }) })).toBe(
      'in-flight',
    )
  })

  it('should take over an in-flight claim whose lease ran out', () => {
    expect(
      existingKeyOutcome({
        fingerprint,
        stored: stored({ isLeaseExpired: true, status: 'in_flight' }),
      }),
    ).toBe('take-over')
  })

  it.each([
    ['body', { requestHash: 'b'.repeat(64) }],
    ['path', { path: '/api/charges' }],
    ['method', { method: 'PATCH' }],
    ['caller', { actor: 'users:2' }],
  ])('should refuse a key reused with another %s, even in flight or expired', (_label, change) => {
    expect(existingKeyOutcome({ fingerprint, stored: stored(change) })).toBe('conflict')
    expect(
      existingKeyOutcome({
        fingerprint,
        stored: stored({ ...change, isLeaseExpired: true, status: 'in_flight' }),
      }),
    ).toBe('conflict')
  })
})
