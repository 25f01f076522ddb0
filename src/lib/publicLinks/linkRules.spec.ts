import { isOneTime, isRevoked } from './linkRules'
import type { PurposeRules } from './purposes'

const issuedAt = 1_800_000_000

describe('revocation', () => {
  it('should void a link issued before the revocation and keep one issued after it', () => {
    expect(isRevoked({ issuedAt }, null)).toBe(false)
    expect(isRevoked({ issuedAt }, new Date((issuedAt + 60) * 1000))).toBe(true)
    expect(isRevoked({ issuedAt }, new Date((issuedAt - 1) * 1000))).toBe(false)
  })

  it('should void a link of the same second, since its issue time is rounded down', () => {
    expect(isRevoked({ issuedAt }, new Date(issuedAt * 1000 + 1))).toBe(true)
    expect(isRevoked({ issuedAt }, new Date(issuedAt * 1000))).toBe(false)
  })
})

describe('one-time use', () => {
  it('should follow the purpose: none of the links in use today, invitations once', () => {
    expect(isOneTime('statement')).toBe(false)
    expect(isOneTime('ballot')).toBe(false)
    expect(isOneTime('vendor-invitation')).toBe(true)
  })

  it('should read the flag from the rules, whatever purpose carries it', () => {
    const rules: PurposeRules = {
      ballot: { oneTime: true },
      statement: { oneTime: true },
      'vendor-invitation': { oneTime: false },
    }
    expect(isOneTime('statement', rules)).toBe(true)
    expect(isOneTime('ballot', rules)).toBe(true)
    expect(isOneTime('vendor-invitation', rules)).toBe(false)
  })
})
