import { recurringForPeriod } from './recurringForPeriod'
import type { PlanRecurringExpense } from './types'

const recurring = (id: number, fields: Partial<PlanRecurringExpense>): PlanRecurringExpense => ({
  id,
  active: true,
  activeMonths: ['01', '02'],
  amount: 12_000,
  buildingId: 10,
  categoryId: 5,
  description: 'Elevator contract',
  shareColumn: 'elevator',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
})

describe('recurringForPeriod', () => {
  it('should keep the active recurring expenses of the period month only', () => {
    const list = [
      recurring(1, {}),
      recurring(2, { active: false }),
      recurring(3, { activeMonths: ['03'] }),
    ]
    expect(recurringForPeriod({ period: '2026-02', recurring: list }).map((r) => r.id)).toEqual([1])
    expect(recurringForPeriod({ period: '2026-03', recurring: list }).map((r) => r.id)).toEqual([3])
    expect(recurringForPeriod({ period: '2026-02', recurring: list })[0]).not.toHaveProperty(
      'activeMonths',
    )
  })
})
