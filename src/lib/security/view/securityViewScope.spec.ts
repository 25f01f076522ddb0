import type { UserScope } from '../../../access/scopeOf'
import { maySeeSecurityView, securityViewScope } from './securityViewScope'

const scope = (role: UserScope['role'], officeIds: number[] = [1, 2]): UserScope => ({
  apartmentId: null,
  buildingIds: [],
  officeIds,
  role,
})

describe('securityViewScope', () => {
  it('should give platform admins every row, or the office they select', () => {
    expect(securityViewScope({ scope: scope('platform-admin', []) })).toEqual({ all: true })
    expect(securityViewScope({ office: 9, scope: scope('platform-admin', []) })).toEqual({
      all: false,
      officeIds: [9],
    })
  })

  it("should give office admins their offices' rows, and refuse another office", () => {
    expect(securityViewScope({ scope: scope('office-admin') })).toEqual({
      all: false,
      officeIds: [1, 2],
    })
    expect(securityViewScope({ office: 2, scope: scope('office-admin') })).toEqual({
      all: false,
      officeIds: [2],
    })
    expect(securityViewScope({ office: 3, scope: scope('office-admin') })).toEqual({
      message: 'Office not found',
      status: 404,
    })
  })

  it('should give every other role nothing, as a missing page', () => {
    for (const role of ['manager', 'accountant', 'resident', 'vendor', null] as const) {
      expect(maySeeSecurityView(scope(role))).toBe(false)
      expect(securityViewScope({ office: 1, scope: scope(role) })).toEqual({
        message: 'Not found',
        status: 404,
      })
    }
  })
})
