import { generateDataset } from './generateDataset'
import { PRESETS } from './presets'

const sumBy = <T>(rows: T[], pick: (row: T) => number) =>
  rows.reduce((total, row) => total + pick(row), 0)

describe('generateDataset', () => {
  it('should give the same data set for the same seed', () => {
    const first = generateDataset({ preset: 'demo', seed: 1, sizes: PRESETS.demo })
    const second = generateDataset({ preset: 'demo', seed: 1, sizes: PRESETS.demo })
    expect(second).toEqual(first)
    expect(generateDataset({ preset: 'demo', seed: 2, sizes: PRESETS.demo })).not.toEqual(first)
  })

  it('should build the demo preset: two offices, five buildings, 150 apartments, a login per role', () => {
    const dataset = generateDataset({ preset: 'demo', seed: 1, sizes: PRESETS.demo })
    expect(dataset.offices).toHaveLength(2)
    expect(dataset.buildings).toHaveLength(5)
    expect(dataset.apartments).toHaveLength(150)
    expect(new Set(dataset.users.map((user) => user.role))).toEqual(
      new Set(['platform-admin', 'office-admin', 'manager', 'accountant', 'resident', 'vendor']),
    )
  })

  it('should size the large preset for benchmarks', () => {
    const dataset = generateDataset({ preset: 'large', seed: 1, sizes: PRESETS.large })
    expect(dataset.buildings).toHaveLength(200)
    expect(dataset.apartments).toHaveLength(20_000)
  })

  it("should make every building's shares add up to 1000 per category", () => {
    const dataset = generateDataset({
      preset: 'demo',
      seed: 3,
      sizes: { apartmentsPerBuilding: 13, buildingsPerOffice: [2, 1] },
    })
    dataset.buildings.forEach((_, buildingIndex) => {
      const apartments = dataset.apartments.filter(
        (apartment) => apartment.buildingIndex === buildingIndex,
      )
      expect(sumBy(apartments, (a) => a.shares.general)).toBe(1000)
      expect(sumBy(apartments, (a) => a.shares.heating)).toBe(1000)
      expect(sumBy(apartments, (a) => a.shares.elevator)).toBe(1000)
      expect(apartments.filter((a) => a.floor === 0).every((a) => a.shares.elevator === 0)).toBe(
        true,
      )
    })
  })

  it('should keep apartment labels unique within a building', () => {
    const dataset = generateDataset({ preset: 'demo', seed: 1, sizes: PRESETS.demo })
    const keys = dataset.apartments.map(
      (apartment) => `${apartment.buildingIndex}:${apartment.label}`,
    )
    expect(new Set(keys).size).toBe(keys.length)
  })
})
