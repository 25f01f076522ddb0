import { runOptions } from './runOptions'

const buildingNames = new Map([
  [1, 'Ermou 10'],
  [2, 'Solonos 5'],
])
const policies = [
  { building: null, id: 7, isActive: true, name: 'Default' },
  { building: 2, id: 8, isActive: false, name: 'Solonos override' },
]

describe('runOptions', () => {
  it('should give office staff one button per policy', () => {
    expect(runOptions({ buildingIds: null, buildingNames, policies })).toEqual([
      { buildingName: null, id: 7, isActive: true, key: '7', name: 'Default' },
      { buildingName: 'Solonos 5', id: 8, isActive: false, key: '8', name: 'Solonos override' },
    ])
  })

  it("should split the office default into one run per building of a manager's", () => {
    const options = runOptions({ buildingIds: [1, 2], buildingNames, policies: [policies[0]] })
    expect(options.map((option) => [option.key, option.runBuilding, option.buildingName])).toEqual([
      ['7:1', 1, 'office default, for Ermou 10'],
      ['7:2', 2, 'office default, for Solonos 5'],
    ])
  })
})
