import type { UserScope } from '../../access/scopeOf'
import { officeOfNewRow } from './officeOfNewRow'

const caller = (role: UserScope['role'], officeIds: number[]) => ({
  officeIds,
  scope: { apartmentId: null, buildingIds: [], officeIds, role },
})

describe('officeOfNewRow', () => {
  it("should take the caller's only office when none is named", () => {
    expect(officeOfNewRow({ caller: caller('accountant', [4]), office: undefined })).toEqual({
      officeId: 4,
    })
  })

  it("should accept a named office only among the caller's enabled offices", () => {
    expect(officeOfNewRow({ caller: caller('office-admin', [4, 5]), office: 5 })).toEqual({
      officeId: 5,
    })
    expect(officeOfNewRow({ caller: caller('office-admin', [4]), office: 9 })).toEqual({
      errors: [{ message: 'Office not found', path: 'office' }],
    })
  })

  it('should make a platform admin or a caller of several offices name it', () => {
    expect(
      officeOfNewRow({ caller: caller('platform-admin', [4]), office: undefined }),
    ).toMatchObject({ errors: [{ path: 'office' }] })
    expect(
      officeOfNewRow({ caller: caller('office-admin', [4, 5]), office: undefined }),
    ).toMatchObject({ errors: [{ path: 'office' }] })
  })
})
