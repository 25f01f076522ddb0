import { idOf, scopeOf } from './scopeOf'

describe('scopeOf', () => {
  it('should read ids from populated and unpopulated relations alike', () => {
    expect(
      scopeOf({
        apartment: { id: 4 },
        assignedBuildings: [1, { id: 2 }],
        id: 1,
        role: 'manager',
        tenants: [{ tenant: 9 }, { tenant: { id: 10 } }],
      }),
    ).toEqual({ apartmentId: 4, buildingIds: [1, 2], officeIds: [9, 10], role: 'manager' })
  })

  it('should give an anonymous request an empty scope', () => {
    expect(scopeOf(null)).toEqual({ apartmentId: null, buildingIds: [], officeIds: [], role: null })
  })

  it('should reject ids that are not whole numbers', () => {
    expect(idOf('abc')).toBeNull()
    expect(idOf('12')).toBe(12)
  })
})
