import { planHash } from './planHash'
import type { PlanInput } from './planInput'
import type { PlanApartment, PlanExpense } from './types'

const apartment = (id: number, general: number, balance = 0): PlanApartment => ({
  id,
  balance,
  buildingId: 10,
  buildingName: 'B10',
  label: `A${id}`,
  oldestUnpaidDueDate: null,
  openItems: 0,
  owner: { email: `o${id}@example.gr`, name: `Owner ${id}`, phone: null, postalAddress: null },
  portalUserId: null,
  shares: { elevator: 0, general, heating: 0 },
})

const expense = (id: number, amount: number): PlanExpense => ({
  id,
  amount,
  buildingId: 10,
  categoryId: 5,
  description: `Expense ${id}`,
  shareColumn: 'general',
  updatedAt: '2026-02-01T10:00:00.000Z',
})

type IssueInput = Extract<PlanInput, { action: 'common-expense-issue' }>

const issue = (fields: Partial<IssueInput> = {}): IssueInput => ({
  action: 'common-expense-issue',
  apartments: [apartment(1, 400), apartment(2, 600)],
  existingKeys: ['1|expense:7'],
  expenses: [expense(7, 10_000), expense(8, 2_000)],
  parameters: { dueDate: '2026-03-10' },
  scope: { apartments: [], buildings: [10], period: '2026-02' },
  ...fields,
})

describe('planHash', () => {
  it('should be a SHA-256 hex digest, the same for the same data in any order', () => {
    const hash = planHash(issue())
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(planHash(issue())).toBe(hash)
    const reordered = issue({
      apartments: [apartment(2, 600), apartment(1, 400)],
      expenses: [expense(8, 2_000), expense(7, 10_000)],
      scope: { apartments: [], buildings: [10], period: '2026-02' },
    })
    expect(planHash(reordered)).toBe(hash)
  })

  it('should change when an expense amount or update time changes', () => {
    const hash = planHash(issue())
    expect(planHash(issue({ expenses: [expense(7, 10_001), expense(8, 2_000)] }))).not.toBe(hash)
    expect(
      planHash(
        issue({
          expenses: [
            { ...expense(7, 10_000), updatedAt: '2026-02-02T00:00:00.000Z' },
            expense(8, 2_000),
          ],
        }),
      ),
    ).not.toBe(hash)
    expect(planHash(issue({ expenses: [expense(7, 10_000)] }))).not.toBe(hash)
  })

  it('should change when shares change', () => {
    expect(planHash(issue({ apartments: [apartment(1, 401), apartment(2, 599)] }))).not.toBe(
      planHash(issue()),
    )
  })

  it('should change when effects appear or the parameters change', () => {
    const hash = planHash(issue())
    expect(planHash(issue({ existingKeys: ['1|expense:7', '2|expense:7'] }))).not.toBe(hash)
    expect(planHash(issue({ parameters: { dueDate: '2026-03-11' } }))).not.toBe(hash)
    expect(
      planHash(issue({ scope: { apartments: [], buildings: [10], period: '2026-03' } })),
    ).not.toBe(hash)
  })

  it('should not change for an issue when only a balance or an owner changes, but should for a reminder', () => {
    const paid = [
      apartment(1, 400, -5_000),
      { ...apartment(2, 600), owner: { ...apartment(2, 600).owner, name: 'New owner' } },
    ]
    expect(planHash(issue({ apartments: paid }))).toBe(planHash(issue()))
    const reminders = (apartments: PlanApartment[]): PlanInput => ({
      action: 'reminders',
      apartments,
      office: { currency: 'EUR', locale: 'en' },
      parameters: { channel: 'email', subject: 'Reminder', template: '{amount}' },
      scope: { apartments: [], buildings: [10], period: null },
    })
    expect(planHash(reminders(paid))).not.toBe(
      planHash(reminders([apartment(1, 400), apartment(2, 600)])),
    )
  })
})
