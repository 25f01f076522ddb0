import { effectKey } from './effectKeys'
import { planReversalItems } from './planReversalItems'
import type { PlanApartment, PlanOriginalCharge } from './types'

const apartment = (id: number, balance: number): PlanApartment => ({
  id,
  balance,
  buildingId: 10,
  buildingName: 'B10',
  label: `A${id}`,
  oldestUnpaidDueDate: null,
  openItems: 0,
  owner: { email: null, name: null, phone: null, postalAddress: null },
  portalUserId: null,
  shares: { elevator: 0, general: 500, heating: 0 },
})

const charge = (id: number, apartmentId: number, amount: number): PlanOriginalCharge => ({
  id,
  amount,
  apartmentId,
  buildingId: 10,
  categoryId: 5,
  dueDate: '2026-03-10',
  period: '2026-02',
  source: 'common-expense',
})

const scope = { apartments: [], buildings: [10], period: '2026-02' }

describe('planReversalItems', () => {
  it('should offset every charge of the reversed job with its negative, keyed by the charge', () => {
    const items = planReversalItems({
      apartments: [apartment(1, 9_000), apartment(2, 0), apartment(3, 0)],
      charges: [charge(8, 1, 3_000), charge(7, 1, 6_000), charge(9, 2, 500)],
      existingKeys: new Set(),
      scope,
    })
    expect(items.map((item) => [item.apartmentId, item.amount])).toEqual([
      [1, -9_000],
      [2, -500],
    ])
    expect(items[0].preview).toMatchObject({ after: 0, before: 9_000 })
    expect(items[0].preview.lines).toEqual([
      {
        amount: -6_000,
        category: 5,
        charge: 7,
        description: 'Reversal of charge #7',
        dueDate: '2026-03-10',
        period: '2026-02',
        reference: 'reversal:7',
        source: 'common-expense',
      },
      expect.objectContaining({ amount: -3_000, charge: 8, reference: 'reversal:8' }),
    ])
  })

  it('should not reverse twice: reversed charges are left out, a fully reversed apartment reports already-issued', () => {
    const existingKeys = new Set([effectKey(1, 'reversal:7'), effectKey(2, 'reversal:9')])
    const items = planReversalItems({
      apartments: [apartment(1, 0), apartment(2, 0)],
      charges: [charge(7, 1, 6_000), charge(8, 1, 3_000), charge(9, 2, 500)],
      existingKeys,
      scope,
    })
    expect(items[0]).toMatchObject({ amount: -3_000, status: 'pending' })
    expect(items[1]).toMatchObject({
      status: 'skipped',
      validationErrors: [{ code: 'already-issued' }],
    })
  })
})
