import { errorEventKind, officeOfCaller } from './errorEventRules'

describe('errorEventKind', () => {
  it('should tell a failed sign-in, a refusal and a possible probe apart', () => {
    expect(errorEventKind({ isSignIn: true, status: 401 })).toBe('login-failed')
    expect(errorEventKind({ isSignIn: false, status: 401 })).toBe(null)
    expect(errorEventKind({ isSignIn: false, status: 403 })).toBe('forbidden')
    expect(errorEventKind({ isSignIn: false, status: 404 })).toBe('maybe-cross-office')
  })

  it('should leave 429s to the limits and everything else alone', () => {
    for (const status of [429, 400, 409, 500, undefined, '403']) {
      expect(errorEventKind({ isSignIn: true, status })).toBe(null)
    }
  })
})

describe('officeOfCaller', () => {
  it("should take the selector's office when the user is a member, else the first", () => {
    const officeIds = [3, 5]
    const of = (cookie?: string) => officeOfCaller({ cookie, isPlatformAdmin: false, officeIds })
    expect(of('a=1; payload-tenant=5')).toBe(5)
    expect(of('payload-tenant=9')).toBe(3)
    expect(of('payload-tenant=5x')).toBe(3)
    expect(of(undefined)).toBe(3)
  })

  it('should give no office to a platform admin or a user of none', () => {
    expect(
      officeOfCaller({ cookie: 'payload-tenant=3', isPlatformAdmin: true, officeIds: [3] }),
    ).toBe(null)
    expect(officeOfCaller({ cookie: null, isPlatformAdmin: false, officeIds: [] })).toBe(null)
  })
})
