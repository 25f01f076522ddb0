import type { UserScope } from '../../../src/access/scopeOf'
import { mayRunDunningFor } from './mayRunDunningFor'

const scope = (overrides: Partial<UserScope>): UserScope => ({
  apartmentId: null,
  buildingIds: [],
  officeIds: [7],
  role: null,
  ...overrides,
})

describe('mayRunDunningFor', () => {
  it.each(['platform-admin', 'office-admin', 'accountant'] as const)(
    'should let %s run office-wide and per building',
    (role) => {
      expect(mayRunDunningFor({ buildingId: null, scope: scope({ role }) })).toBe(true)
      expect(mayRunDunningFor({ buildingId: 3, scope: scope({ role }) })).toBe(true)
    },
  )

  it('should let a manager run only inside an assigned building', () => {
    const manager = scope({ buildingIds: [3], role: 'manager' })
    expect(mayRunDunningFor({ buildingId: 3, scope: manager })).toBe(true)
    expect(mayRunDunningFor({ buildingId: 4, scope: manager })).toBe(false)
    expect(mayRunDunningFor({ buildingId: null, scope: manager })).toBe(false)
  })

  it.each(['resident', 'vendor', null] as const)('should never let %s run', (role) => {
    expect(
      mayRunDunningFor({ buildingId: 3, scope: scope({ apartmentId: 1, buildingIds: [3], role }) }),
    ).toBe(false)
  })
})
