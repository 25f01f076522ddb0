import { resolveTargets } from './resolveTargets'
import type { PlanApartment } from './types'

const apartment = (
  id: number,
  buildingId: number,
  label: string,
  buildingName = `B${buildingId}`,
): PlanApartment => ({
  id,
  balance: 0,
  buildingId,
  buildingName,
  label,
  oldestUnpaidDueDate: null,
  openItems: 0,
  owner: { email: null, name: null, phone: null, postalAddress: null },
  portalUserId: null,
  shares: { elevator: 0, general: 0, heating: 0 },
})

const apartments = [apartment(1, 10, '10'), apartment(2, 10, '2'), apartment(3, 20, '1', 'Alpha')]
const ids = (targets: ReturnType<typeof resolveTargets>) =>
  targets.map((t) => [t.apartment.id, t.isInScope])

describe('resolveTargets', () => {
  it('should take every apartment of the buildings, in building name and natural label order', () => {
    expect(
      ids(resolveTargets({ apartments, scope: { apartments: [], buildings: [10, 20] } })),
    ).toEqual([
      [3, true],
      [2, true],
      [1, true],
    ])
  })

  it('should take only the listed apartments when no building is named', () => {
    expect(ids(resolveTargets({ apartments, scope: { apartments: [1], buildings: [] } }))).toEqual([
      [1, true],
    ])
  })

  it('should narrow the buildings to the listed apartments and flag a listed apartment outside them', () => {
    expect(
      ids(resolveTargets({ apartments, scope: { apartments: [1, 3], buildings: [10] } })),
    ).toEqual([
      [3, false],
      [1, true],
    ])
  })
})
