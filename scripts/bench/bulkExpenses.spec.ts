import { benchExpenseRows } from './bulkExpenses'

describe('the bulk bench expenses', () => {
  const categories = [
    { id: 1, shareColumn: 'general' },
    { id: 2, shareColumn: 'elevator' },
    { id: 3, shareColumn: 'heating' },
  ]

  it('should write one expense per building and category, marked with the prefix', () => {
    const rows = benchExpenseRows({ buildings: [10, 11], categories, prefix: 'Bench:' })
    expect(rows.map((row) => [row.buildingId, row.categoryId])).toEqual([
      [10, 1],
      [10, 2],
      [10, 3],
      [11, 1],
      [11, 2],
      [11, 3],
    ])
    expect(rows.every((row) => row.description.startsWith('Bench: '))).toBe(true)
  })

  it('should keep amounts in whole positive cents, never whole euros, within the range', () => {
    const rows = benchExpenseRows({
      buildings: Array.from({ length: 200 }, (_, i) => i + 1),
      categories,
      prefix: 'B',
    })
    for (const row of rows) {
      expect(Number.isSafeInteger(row.amount)).toBe(true)
      expect(row.amount % 100).not.toBe(0)
    }
    const elevator = rows.filter((row) => row.categoryId === 2).map((row) => row.amount)
    expect(Math.min(...elevator)).toBeGreaterThanOrEqual(15_000)
    expect(Math.max(...elevator)).toBeLessThan(35_100)
    expect(new Set(elevator).size).toBeGreaterThan(100)
  })

  it('should be deterministic', () => {
    expect(benchExpenseRows({ buildings: [1, 2], categories, prefix: 'B' })).toEqual(
      benchExpenseRows({ buildings: [1, 2], categories, prefix: 'B' }),
    )
  })
})
