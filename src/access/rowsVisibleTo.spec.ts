import { rowsVisibleTo } from './rowsVisibleTo'
import type { ScopeFields } from './rowsVisibleTo'
import type { UserScope } from './scopeOf'

const apartmentFields: ScopeFields = { apartment: 'id', building: 'building', office: 'tenant' }
const scope = (overrides: Partial<UserScope>): UserScope => ({
  apartmentId: null,
  buildingIds: [],
  officeIds: [7],
  role: null,
  ...overrides,
})

describe('rowsVisibleTo', () => {
  it('should give platform admins every row', () => {
    expect(rowsVisibleTo(scope({ officeIds: [], role: 'platform-admin' }), apartmentFields)).toBe(
      true,
    )
  })

  it.each(['office-admin', 'accountant'] as const)('should limit %s to their offices', (role) => {
    expect(rowsVisibleTo(scope({ officeIds: [7, 9], role }), apartmentFields)).toEqual({
      tenant: { in: [7, 9] },
    })
  })

  it('should limit managers to their assigned buildings inside their offices', () => {
    expect(rowsVisibleTo(scope({ buildingIds: [3], role: 'manager' }), apartmentFields)).toEqual({
      and: [{ tenant: { in: [7] } }, { building: { in: [3] } }],
    })
  })

  it('should give managers office-level rows of their offices', () => {
    expect(rowsVisibleTo(scope({ buildingIds: [3], role: 'manager' }), { office: 'id' })).toEqual({
      id: { in: [7] },
    })
  })

  it('should give a manager without buildings nothing', () => {
    expect(rowsVisibleTo(scope({ role: 'manager' }), apartmentFields)).toBe(false)
  })

  it('should limit residents to their own apartment', () => {
    expect(rowsVisibleTo(scope({ apartmentId: 5, role: 'resident' }), apartmentFields)).toEqual({
      and: [{ tenant: { in: [7] } }, { id: { equals: 5 } }],
    })
  })

  it('should give residents nothing above the apartment', () => {
    expect(
      rowsVisibleTo(scope({ apartmentId: 5, role: 'resident' }), {
        building: 'id',
        office: 'tenant',
      }),
    ).toBe(false)
  })

  it.each(['vendor', null] as const)('should give %s nothing in core collections', (role) => {
    expect(rowsVisibleTo(scope({ role }), apartmentFields)).toBe(false)
  })

  it('should give a scoped user without offices nothing', () => {
    expect(rowsVisibleTo(scope({ officeIds: [], role: 'office-admin' }), apartmentFields)).toBe(
      false,
    )
  })
})
