import { isStatementSignatureValid, statementLink } from './statementLink'

const secret = 'a-secret-of-the-app'
const signatureIn = (link: string) => new URL(link).searchParams.get('sig')

describe('the statement link', () => {
  it('should point at the apartment statement page with a signature that verifies', () => {
    const link = statementLink({ apartmentId: 42, baseUrl: 'https://office.example/', secret })
    expect(link).toMatch(/^https:\/\/office\.example\/statement\/42\?sig=[0-9a-f]{32}$/)
    expect(
      isStatementSignatureValid({ apartmentId: 42, secret, signature: signatureIn(link) }),
    ).toBe(true)
  })

  it("should refuse another apartment's signature, another secret's, and malformed ones", () => {
    const signature = signatureIn(statementLink({ apartmentId: 42, baseUrl: 'http://x', secret }))
    expect(isStatementSignatureValid({ apartmentId: 43, secret, signature })).toBe(false)
    expect(
      isStatementSignatureValid({ apartmentId: 42, secret: 'another-secret', signature }),
    ).toBe(false)
    for (const bad of [
      undefined,
      '',
      'zz',
      `${signature}0`,
      (signature ?? '').toUpperCase(),
      ['x'],
    ]) {
      expect(isStatementSignatureValid({ apartmentId: 42, secret, signature: bad })).toBe(false)
    }
  })
})
