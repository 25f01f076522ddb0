import { createHmac } from 'node:crypto'

import { MAX_TOKEN_LENGTH } from './publicLinkFormat'
import { PURPOSE_RULES, PUBLIC_LINK_PURPOSES } from './purposes'
import { newLinkId, signPublicLink } from './signPublicLink'
import { verifyPublicLink } from './verifyPublicLink'

const current = { id: 'k2', secret: 'the-current-public-link-key-0123456789' }
const previous = { id: 'k1', secret: 'the-previous-public-link-key-0123456789' }
const keys = [current, previous]
const now = 1_800_000_000
const day = 86_400

const sign = (overrides: Partial<Parameters<typeof signPublicLink>[0]> = {}) =>
  signPublicLink({
    keys,
    lifetimeSeconds: 60 * day,
    now,
    officeId: 7,
    purpose: 'statement',
    subjectId: 42,
    ...overrides,
  })

const verify = (token: unknown, overrides: Partial<Parameters<typeof verifyPublicLink>[0]> = {}) =>
  verifyPublicLink({ keys, now: now + 10, purpose: 'statement', token, ...overrides })

const reasonOf = (
  token: unknown,
  overrides: Partial<Parameters<typeof verifyPublicLink>[0]> = {},
) => {
  const result = verify(token, overrides)
  return result.ok ? 'ok' : result.reason
}

const b64 = (text: string) => Buffer.from(text).toString('base64url')
const claimsIn = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as Record<string, unknown>

/** A token as an attacker who knows a secret would build it: any claims, signed like ours. */
const forge = (claims: Record<string, unknown>, secret = current.secret, purpose = 'statement') => {
  const payloadPart = b64(JSON.stringify(claims))
  const signature = createHmac('sha256', secret).update(`${purpose}.${payloadPart}`).digest()
  return `${payloadPart}.${signature.toString('base64url')}`
}

describe('a public link', () => {
  it('should verify with what it was signed for: purpose, subject, office, issue and expiry, key', () => {
    const token = sign()
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/)
    expect(token.length).toBeLessThan(250)
    expect(verify(token)).toEqual({
      link: {
        expiresAt: now + 60 * day,
        issuedAt: now,
        keyId: 'k2',
        linkId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        officeId: 7,
        purpose: 'statement',
        subjectId: 42,
      },
      ok: true,
    })
  })

  it('should give every link its own random id of at least 128 bits', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newLinkId()))
    expect(ids.size).toBe(50)
    for (const id of ids) expect(Buffer.from(id, 'base64url').length).toBeGreaterThanOrEqual(16)
    expect(sign()).not.toBe(sign())
    expect(sign({ linkId: 'A'.repeat(22) })).toBe(sign({ linkId: 'A'.repeat(22) }))
  })

  it('should sign with the first key and verify with any listed key, so a key can rotate', () => {
    expect(claimsIn(sign()).kid).toBe('k2')
    const byPrevious = sign({ keys: [previous] })
    expect(reasonOf(byPrevious)).toBe('ok')
    expect(reasonOf(byPrevious, { keys: [current] })).toBe('unknown-key')
    expect(reasonOf(sign(), { keys: [] })).toBe('unknown-key')
  })

  it('should refuse a key id it does not list, and a listed id with another secret', () => {
    const stranger = { id: 'k9', secret: 'a-key-nobody-here-lists-0123456789' }
    expect(reasonOf(sign({ keys: [stranger] }))).toBe('unknown-key')
    expect(reasonOf(sign({ keys: [{ id: 'k2', secret: stranger.secret }] }))).toBe('bad-signature')
  })

  it('should refuse a payload changed in any field, and a signature taken from another token', () => {
    const token = sign()
    const [, signature] = token.split('.')
    const claims = claimsIn(token)
    for (const change of [
      { s: 43 },
      { o: 8 },
      { exp: (claims.exp as number) + day },
      { iat: now + 100 },
      { kid: 'k1' },
      { lid: 'B'.repeat(22) },
    ]) {
      const tampered = `${b64(JSON.stringify({ ...claims, ...change }))}.${signature}`
      expect([change, reasonOf(tampered)]).toEqual([change, 'bad-signature'])
    }
    const other = sign({ subjectId: 43 })
    expect(reasonOf(`${other.split('.')[0]}.${signature}`)).toBe('bad-signature')
    const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`
    expect(reasonOf(`${token.split('.')[0]}.${flipped}`)).toBe('bad-signature')
  })

  it('should refuse a genuine token shown to another purpose', () => {
    expect(reasonOf(sign({ purpose: 'ballot' }))).toBe('wrong-purpose')
    expect(reasonOf(sign(), { purpose: 'vendor-invitation' })).toBe('wrong-purpose')
    // Claims that say another purpose than the one signed in front of them are a forgery.
    const claims = claimsIn(sign())
    expect(reasonOf(forge({ ...claims, p: 'ballot' }), { purpose: 'ballot' })).toBe('bad-signature')
  })

  it('should work until its expiry and not from that second on', () => {
    const token = sign({ lifetimeSeconds: day })
    expect(reasonOf(token, { now: now + day - 1 })).toBe('ok')
    expect(reasonOf(token, { now: now + day })).toBe('expired')
    expect(reasonOf(token, { now: now + 400 * day })).toBe('expired')
  })

  it('should refuse malformed input before it checks a signature', () => {
    const token = sign()
    const [payloadPart, signature] = token.split('.')
    const claims = claimsIn(token)
    for (const bad of [
      undefined,
      null,
      42,
      ['x'],
      '',
      '.',
      'garbage',
      payloadPart,
      `${token}.${signature}`,
      `${payloadPart}.`,
      `.${signature}`,
      `${payloadPart}.${signature.slice(1)}`,
      `${payloadPart}.${signature}A`,
      `${payloadPart}=.${signature}`,
      `${payloadPart}.${signature.slice(0, -1)}+`,
      `${payloadPart} .${signature}`,
      `${b64('not json')}.${signature}`,
      `${b64('[]')}.${signature}`,
      `${b64('null')}.${signature}`,
    ]) {
      expect([bad, reasonOf(bad)]).toEqual([bad, 'malformed'])
    }
    // Claims well signed but not of our shape: extra or missing fields, wrong types, bounds.
    for (const change of [
      { alg: 'none' },
      { p: 'admin' },
      { s: '42' },
      { s: 0 },
      { s: 2_147_483_648 },
      { o: 1.5 },
      { exp: now - 1 },
      { lid: 'short' },
      { kid: 'k2/../k1' },
      { iat: undefined },
    ]) {
      expect([change, reasonOf(forge({ ...claims, ...change }))]).toEqual([change, 'malformed'])
    }
  })

  it('should refuse a non-canonical spelling of a genuine signature', () => {
    // 43 base64url characters carry 258 bits: the last one has 2 spare bits a decoder ignores.
    const token = sign()
    const [payloadPart, signature] = token.split('.')
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const last = alphabet.indexOf(signature.at(-1) as string)
    const sibling = alphabet[last ^ 1]
    expect(reasonOf(`${payloadPart}.${signature.slice(0, -1)}${sibling}`)).toBe('malformed')
  })

  it('should refuse input over 1 KB whatever it holds', () => {
    expect(reasonOf('a'.repeat(MAX_TOKEN_LENGTH + 1))).toBe('oversize')
    const claims = claimsIn(sign())
    const padded = forge({ ...claims, lid: 'x'.repeat(64), kid: 'y'.repeat(32) })
    expect(padded.length).toBeLessThan(MAX_TOKEN_LENGTH)
    expect(reasonOf(`${padded}${'.x'.repeat(MAX_TOKEN_LENGTH)}`)).toBe('oversize')
  })

  it('should refuse to sign what it would not verify', () => {
    expect(() => sign({ keys: [] })).toThrow(/PUBLIC_LINK_KEYS/)
    for (const bad of [
      { subjectId: 0 },
      { subjectId: 1.5 },
      { officeId: -1 },
      { lifetimeSeconds: 0 },
      { lifetimeSeconds: -day },
      { linkId: 'short' },
      { purpose: 'admin' as 'statement' },
    ]) {
      expect(() => sign(bad)).toThrow(/Cannot sign/)
    }
  })
})

describe('the purposes', () => {
  it('should be a closed list, with one-time use a property of each', () => {
    expect(PUBLIC_LINK_PURPOSES).toEqual(['statement', 'ballot', 'vendor-invitation'])
    expect(Object.keys(PURPOSE_RULES).sort()).toEqual([...PUBLIC_LINK_PURPOSES].sort())
    expect(PURPOSE_RULES.statement.oneTime).toBe(false)
    expect(PURPOSE_RULES['vendor-invitation'].oneTime).toBe(true)
  })
})
