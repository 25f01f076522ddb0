import { distributeExpense } from './distributeExpense'
import type { PlanApartment, PlanExpense } from './types'

const apartment = (id: number, general: number, buildingId = 10): PlanApartment => ({
  id,
  balance: 0,
  buildingId,
  buildingName: `B${buildingId}`,
  label: `A${id}`,
  oldestUnpaidDueDate: null,
  openItems: 0,
  owner: { email: null, name: null, phone: null, postalAddress: null },
  portalUserId: null,
  shares: { elevator: 0, general, heating: 0 },
})

const expense = (amount: number, fields: Partial<PlanExpense> = {}): PlanExpense => ({
  id: 1,
  amount,
  buildingId: 10,
  categoryId: 5,
  description: 'Cleaning',
  shareColumn: 'general',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
})

const partsOf = (result: ReturnType<typeof distributeExpense>) =>
  result.kind === 'split' ? Object.fromEntries(result.parts) : result.kind

describe('distributeExpense', () => {
  it('should split exactly to the cent, the parts adding up to the expense', () => {
    const apartments = [apartment(1, 333), apartment(2, 333), apartment(3, 334)]
    const parts = partsOf(distributeExpense({ apartments, expense: expense(100_001) })) as Record<
      number,
      number
    >
    expect(parts).toEqual({ 1: 33_300, 2: 33_300, 3: 33_401 })
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(100_001)
  })

  it('should give the remainder cents by largest remainder, ties to the lower apartment id, whatever the load order', () => {
    const apartments = [apartment(3, 1), apartment(1, 1), apartment(2, 1)]
    expect(partsOf(distributeExpense({ apartments, expense: expense(100) }))).toEqual({
      1: 34,
      2: 33,
      3: 33,
    })
  })

  it('should split over the whole building only, by the category column', () => {
    const apartments = [apartment(1, 250), apartment(2, 750), apartment(3, 1000, 11)]
    expect(partsOf(distributeExpense({ apartments, expense: expense(1_000) }))).toEqual({
      1: 250,
      2: 750,
    })
    const byElevator = [
      { ...apartment(1, 500), shares: { elevator: 0, general: 500, heating: 0 } },
      { ...apartment(2, 500), shares: { elevator: 1, general: 500, heating: 0 } },
    ]
    expect(
      partsOf(
        distributeExpense({
          apartments: byElevator,
          expense: expense(999, { shareColumn: 'elevator' }),
        }),
      ),
    ).toEqual({ 1: 0, 2: 999 })
  })

  it('should report no-shares when the column sums to zero in the building', () => {
    expect(
      distributeExpense({
        apartments: [apartment(1, 0), apartment(2, 0), apartment(3, 500, 11)],
        expense: expense(5_000),
      }),
    ).toEqual({ kind: 'no-shares' })
    expect(distributeExpense({ apartments: [], expense: expense(5_000) })).toEqual({
      kind: 'no-shares',
    })
  })
})
