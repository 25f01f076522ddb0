import type { UserScope } from '../../access/scopeOf'
import { officeOfNewRow } from './officeOfNewRow'

const caller = (role: UserScope['role'], officeIds: number[]) => ({
  officeIds,
  scope: { apartmentId: null, buildingIds: [], officeIds, role },
})

const refusal = (run: () => unknown) => {
  try {
    run()
  } catch (err) {
    return err
  }
  throw new Error('expected a refusal')
}

describe('officeOfNewRow', () => {
  it("should take the caller's only office when none is named", () => {
    expect(officeOfNewRow({ caller: caller('accountant', [4]), office: undefined })).toBe(4)
  })

  it("should accept a named office only among the caller's enabled offices", () => {
    expect(officeOfNewRow({ caller: caller('office-admin', [4, 5]), office: 5 })).toBe(5)
    expect(
      refusal(() => officeOfNewRow({ caller: caller('office-admin', [4]), office: 9 })),
    ).toMatchObject({
      fieldErrors: [{ message: 'Office not found', path: 'office' }],
      kind: 'invalid',
    })
  })

  it('should make a platform admin or a caller of several offices name it', () => {
    for (const who of [caller('platform-admin', [4]), caller('office-admin', [4, 5])]) {
      expect(refusal(() => officeOfNewRow({ caller: who, office: undefined }))).toMatchObject({
        fieldErrors: [{ path: 'office' }],
        kind: 'invalid',
      })
    }
  })
})
