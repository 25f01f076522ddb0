import { arrears } from './arrears'
import type { ApartmentPosition, OpenItem } from './types'

const position = (
  openItems: OpenItem[],
  balance = openItems.reduce((sum, item) => sum + item.amount, 0),
): ApartmentPosition => ({
  apartmentId: 1,
  balance,
  buildingId: 1,
  openItems,
  owner: {},
})

describe('arrears', () => {
  it('should count items due today or earlier and measure days from the oldest', () => {
    const result = arrears({
      asOf: '2026-06-03',
      position: position([
        { amount: 2_000, dueDate: '2026-06-03' },
        { amount: 3_000, dueDate: '2026-05-01' },
        { amount: 5_000, dueDate: '2026-06-04' },
      ]),
    })
    expect(result).toEqual({ amountOverdue: 5_000, daysOverdue: 33, since: '2026-05-01' })
  })

  it('should find nothing overdue before the due date, with no items, or in credit', () => {
    expect(
      arrears({
        asOf: '2026-06-03',
        position: position([{ amount: 5_000, dueDate: '2026-06-04' }]),
      }),
    ).toEqual({
      amountOverdue: 0,
      daysOverdue: null,
      since: null,
    })
    expect(arrears({ asOf: '2026-06-03', position: position([]) }).daysOverdue).toBeNull()
    expect(
      arrears({
        asOf: '2026-06-03',
        position: position([{ amount: 5_000, dueDate: '2026-05-01' }], -100),
      }).amountOverdue,
    ).toBe(0)
  })

  it('should let credit not yet allocated settle the oldest items first', () => {
    const items = [
      { amount: 3_000, dueDate: '2026-04-01' },
      { amount: 3_000, dueDate: '2026-05-20' },
    ]
    expect(arrears({ asOf: '2026-06-03', position: position(items, 4_000) })).toEqual({
      amountOverdue: 4_000,
      daysOverdue: 63,
      since: '2026-04-01',
    })
    expect(arrears({ asOf: '2026-06-03', position: position(items, 3_000) })).toEqual({
      amountOverdue: 3_000,
      daysOverdue: 14,
      since: '2026-05-20',
    })
  })

  it('should ignore settled or negative items', () => {
    expect(
      arrears({
        asOf: '2026-06-03',
        position: position(
          [
            { amount: 0, dueDate: '2026-01-01' },
            { amount: 700, dueDate: '2026-06-01' },
          ],
          700,
        ),
      }),
    ).toEqual({
      amountOverdue: 700,
      daysOverdue: 2,
      since: '2026-06-01',
    })
  })
})
