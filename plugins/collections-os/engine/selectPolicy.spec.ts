import { selectPolicy } from './selectPolicy'
import type { DunningPolicy } from './types'

const policy = (id: number, building: null | number, isActive = true): DunningPolicy => ({
  id,
  building,
  isActive,
  minimumBalance: 0,
  steps: [],
  tenant: 1,
})

describe('selectPolicy', () => {
  it("should prefer the building's override to the office default", () => {
    expect(
      selectPolicy({ buildingId: 5, policies: [policy(1, null), policy(2, 5), policy(3, 6)] })?.id,
    ).toBe(2)
  })

  it('should fall back to the office default for a building without an override', () => {
    expect(selectPolicy({ buildingId: 7, policies: [policy(1, null), policy(2, 5)] })?.id).toBe(1)
  })

  it('should ignore an inactive override and use the default', () => {
    expect(
      selectPolicy({ buildingId: 5, policies: [policy(1, null), policy(2, 5, false)] })?.id,
    ).toBe(1)
  })

  it('should return null when no active policy covers the building', () => {
    expect(
      selectPolicy({ buildingId: 5, policies: [policy(1, null, false), policy(2, 6)] }),
    ).toBeNull()
    expect(selectPolicy({ buildingId: 5, policies: [] })).toBeNull()
  })

  it('should pick the lowest id when two active policies share a scope', () => {
    expect(
      selectPolicy({ buildingId: 5, policies: [policy(9, 5), policy(4, 5), policy(1, null)] })?.id,
    ).toBe(4)
    expect(selectPolicy({ buildingId: 5, policies: [policy(9, null), policy(4, null)] })?.id).toBe(
      4,
    )
  })
})
