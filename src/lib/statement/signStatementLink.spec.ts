import { verifyPublicLink } from '../publicLinks/verifyPublicLink'
import { signStatementLink, STATEMENT_LINK_LIFETIME_SECONDS } from './signStatementLink'

const keys = [
  { id: 'k2', secret: 'the-current-public-link-key-0123456789' },
  { id: 'k1', secret: 'the-previous-public-link-key-0123456789' },
]
const now = 1_800_000_000
const tokenIn = (link: string) => link.split('/statement/')[1]

describe('the statement link', () => {
  it('should point at the statement page with a token for that apartment of that office', () => {
    const link = signStatementLink({
      apartmentId: 42,
      baseUrl: 'https://office.example/',
      keys,
      now,
      officeId: 7,
    })
    expect(link).toMatch(
      /^https:\/\/office\.example\/statement\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/,
    )
    expect(
      verifyPublicLink({ keys, now: now + 1, purpose: 'statement', token: tokenIn(link) }),
    ).toMatchObject({
      link: { keyId: 'k2', officeId: 7, purpose: 'statement', subjectId: 42 },
      ok: true,
    })
  })

  it('should work for 60 days and not a second longer', () => {
    expect(STATEMENT_LINK_LIFETIME_SECONDS).toBe(60 * 86_400)
    const token = tokenIn(
      signStatementLink({ apartmentId: 42, baseUrl: 'http://x', keys, now, officeId: 7 }),
    )
    const at = (seconds: number) =>
      verifyPublicLink({ keys, now: seconds, purpose: 'statement', token }).ok
    expect(at(now + STATEMENT_LINK_LIFETIME_SECONDS - 1)).toBe(true)
    expect(at(now + STATEMENT_LINK_LIFETIME_SECONDS)).toBe(false)
  })

  it('should give each reminder its own link', () => {
    const link = () =>
      signStatementLink({ apartmentId: 42, baseUrl: 'http://x', keys, now, officeId: 7 })
    expect(link()).not.toBe(link())
  })
})
