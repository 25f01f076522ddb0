import { SECURITY_EVENT_KINDS } from '../kinds'
import { actorLabel, detailLabel, KIND_LABELS } from './securityLabels'

describe('security view labels', () => {
  it('should name every kind', () => {
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...SECURITY_EVENT_KINDS].sort())
  })

  it('should name the actor by e-mail, number or account key, in that order', () => {
    const none = { accountKey: null, actorEmail: null, actorId: null }
    expect(actorLabel({ ...none, actorEmail: 'a@b.gr', actorId: 3 })).toBe('a@b.gr')
    expect(actorLabel({ ...none, accountKey: 'ab'.repeat(16), actorId: 3 })).toBe('user #3')
    expect(actorLabel({ ...none, accountKey: 'ab'.repeat(16) })).toBe('account abababababab')
    expect(actorLabel(none)).toBe('—')
  })

  it('should list the detail sorted by key', () => {
    expect(detailLabel({ reason: 'expired', purpose: 'statement', n: null })).toBe(
      'n: — · purpose: statement · reason: expired',
    )
    expect(detailLabel({})).toBe('—')
  })
})
