import { buildingShareProblems } from './buildingShareProblems'

const none = { elevator: 0, general: 0, heating: 0 }

describe('buildingShareProblems', () => {
  it('should take shares up to exactly 1000 per mille and refuse one more', () => {
    const others = { ...none, general: 600 }
    expect(buildingShareProblems({ others, shares: { general: 400 } })).toEqual([])
    expect(buildingShareProblems({ others, shares: { general: 401 } })).toEqual([
      {
        message:
          "The building's general shares would add up to 1001 ‰; the other apartments hold 600 ‰, so at most 400 ‰ is left",
        path: 'shares.general',
      },
    ])
  })

  it('should name each category over, and read absent shares as none', () => {
    const others = { elevator: 1000, general: 1000, heating: 200 }
    expect(
      buildingShareProblems({ others, shares: { elevator: 1, general: null, heating: 800 } }).map(
        (problem) => problem.path,
      ),
    ).toEqual(['shares.elevator'])
    expect(
      buildingShareProblems({ others: { ...others, general: 1100 }, shares: {} })[0],
    ).toMatchObject({
      message: expect.stringContaining('at most 0 ‰ is left'),
      path: 'shares.general',
    })
  })
})
