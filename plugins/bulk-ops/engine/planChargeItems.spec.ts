import { effectKey, expenseReference } from './effectKeys'
import { planChargeItems } from './planChargeItems'
import type { PlanApartment, PlanExpense } from './types'

const apartment = (
  id: number,
  buildingId: number,
  shares: Partial<PlanApartment['shares']>,
  balance = 0,
): PlanApartment => ({
  id,
  balance,
  buildingId,
  buildingName: `B${buildingId}`,
  label: `A${id}`,
  oldestUnpaidDueDate: null,
  openItems: 0,
  owner: { email: null, name: null, phone: null, postalAddress: null },
  portalUserId: null,
  shares: { elevator: 0, general: 0, heating: 0, ...shares },
})

const expense = (id: number, amount: number, fields: Partial<PlanExpense> = {}): PlanExpense => ({
  id,
  amount,
  buildingId: 10,
  categoryId: 5,
  description: `Expense ${id}`,
  shareColumn: 'general',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
})

const apartments = [
  apartment(1, 10, { elevator: 0, general: 600 }, 2_500),
  apartment(2, 10, { elevator: 1000, general: 400 }),
  apartment(3, 20, { general: 1000 }),
]

const plan = (fields: Partial<Parameters<typeof planChargeItems>[0]> = {}) =>
  planChargeItems({
    apartments,
    dueDate: '2026-03-10',
    existingKeys: new Set(),
    expenses: [
      expense(100, 10_001),
      expense(101, 3_000, { categoryId: 6, shareColumn: 'elevator' }),
    ],
    period: '2026-02',
    referenceOf: (e) => expenseReference(e.id),
    scope: { apartments: [], buildings: [10, 20], period: '2026-02' },
    source: 'common-expense',
    ...fields,
  })

describe('planChargeItems', () => {
  it('should charge each apartment its part of each expense, the parts adding up to the expenses', () => {
    const [first, second] = plan()
    expect(first).toMatchObject({
      amount: 6_001,
      apartmentId: 1,
      buildingId: 10,
      status: 'pending',
      validationErrors: [],
    })
    expect(first.preview).toEqual({
      after: 8_501,
      before: 2_500,
      lines: [
        {
          amount: 6_001,
          category: 5,
          description: 'Expense 100',
          dueDate: '2026-03-10',
          expense: 100,
          period: '2026-02',
          reference: 'expense:100',
          source: 'common-expense',
        },
      ],
    })
    expect(second.preview.lines.map((line) => [line.expense, line.amount])).toEqual([
      [100, 4_000],
      [101, 3_000],
    ])
    expect(first.amount + second.amount).toBe(10_001 + 3_000)
  })

  it('should report no-expenses for a building without expenses of the period', () => {
    const item = plan()[2]
    expect(item).toMatchObject({ amount: 0, apartmentId: 3, status: 'skipped' })
    expect(item.validationErrors).toEqual([{ code: 'no-expenses', message: expect.any(String) }])
  })

  it('should skip every apartment of a building whose category column sums to zero, naming the expense', () => {
    const items = plan({
      expenses: [expense(100, 10_001), expense(102, 900, { shareColumn: 'heating' })],
    }).slice(0, 2)
    for (const item of items) {
      expect(item.status).toBe('skipped')
      expect(item.preview.lines).toEqual([])
      expect(item.validationErrors).toEqual([
        { code: 'no-shares', message: expect.stringContaining('heating'), ref: 102 },
      ])
    }
  })

  it('should leave out what was issued already, and report already-issued when nothing is left', () => {
    const existingKeys = new Set([effectKey(1, 'expense:100'), effectKey(2, 'expense:100')])
    const [first, second] = plan({ existingKeys })
    expect(first).toMatchObject({
      status: 'skipped',
      validationErrors: [{ code: 'already-issued' }],
    })
    expect(first.preview.alreadyIssued).toEqual([{ ref: 100, reference: 'expense:100' }])
    expect(second).toMatchObject({ amount: 3_000, status: 'pending', validationErrors: [] })
    expect(second.preview.lines.map((line) => line.reference)).toEqual(['expense:101'])
    expect(second.preview.alreadyIssued).toEqual([{ ref: 100, reference: 'expense:100' }])
  })

  it('should skip without an error an apartment whose shares give it nothing', () => {
    const item = plan({ expenses: [expense(101, 3_000, { shareColumn: 'elevator' })] })[0]
    expect(item).toMatchObject({
      amount: 0,
      preview: { skipReason: 'zero-amount' },
      status: 'skipped',
      validationErrors: [],
    })
  })

  it('should report apartment-not-in-scope for a listed apartment outside the listed buildings, and split over the whole building', () => {
    const items = plan({ scope: { apartments: [2, 3], buildings: [10], period: '2026-02' } })
    expect(items.map((item) => item.apartmentId)).toEqual([2, 3])
    expect(items[0]).toMatchObject({ amount: 4_000 + 3_000, status: 'pending' })
    expect(items[1]).toMatchObject({
      status: 'skipped',
      validationErrors: [{ code: 'apartment-not-in-scope' }],
    })
  })

  it('should plan recurring charges with the recurring source and keys', () => {
    const [first] = plan({ referenceOf: (e) => `recurring:${e.id}:2026-02`, source: 'recurring' })
    expect(first.preview.lines[0]).toMatchObject({
      reference: 'recurring:100:2026-02',
      source: 'recurring',
    })
  })
})
