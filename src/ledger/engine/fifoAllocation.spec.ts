import { fifoAllocation } from './fifoAllocation'
import type { Credit } from './fifoAllocation'

const payment = (id: number, amount: number, at: string): Credit => ({
  amount,
  at,
  creditNoteId: null,
  id,
  kind: 'payment',
  paymentId: id,
})
const creditNote = (id: number, amount: number, at: string): Credit => ({
  amount,
  at,
  creditNoteId: id,
  id,
  kind: 'credit-note',
  paymentId: null,
})

describe('fifoAllocation', () => {
  it('should settle the oldest due charges first, whatever the order they were written in', () => {
    const result = fifoAllocation({
      credits: [payment(1, 15_000, '2026-03-01')],
      debits: [
        { amount: 10_000, dueDate: '2026-03-10', id: 11 },
        { amount: 10_000, dueDate: '2026-01-10', id: 12 },
        { amount: 10_000, dueDate: '2026-02-10', id: 13 },
      ],
    })
    expect(result.allocations).toEqual([
      { amount: 10_000, chargeId: 12, creditNoteId: null, paymentId: 1 },
      { amount: 5_000, chargeId: 13, creditNoteId: null, paymentId: 1 },
    ])
    expect(Object.fromEntries(result.openAmounts)).toEqual({ 11: 10_000, 12: 0, 13: 5_000 })
  })

  it('should split one charge over several credits in time order, credit notes after same-time payments', () => {
    const result = fifoAllocation({
      credits: [
        creditNote(7, 300, '2026-01-05'),
        payment(2, 500, '2026-01-05'),
        payment(1, 200, '2026-01-01'),
      ],
      debits: [{ amount: 900, dueDate: '2026-01-10', id: 20 }],
    })
    expect(result.allocations.map((a) => [a.paymentId ?? `cn${a.creditNoteId}`, a.amount])).toEqual(
      [
        [1, 200],
        [2, 500],
        ['cn7', 200],
      ],
    )
    expect(result.openAmounts.get(20)).toBe(0)
  })

  it('should leave unused credit unallocated and charges open when there is no credit', () => {
    expect(
      fifoAllocation({
        credits: [payment(1, 800, '2026-01-01')],
        debits: [{ amount: 500, dueDate: '2026-01-10', id: 1 }],
      }).allocations,
    ).toEqual([{ amount: 500, chargeId: 1, creditNoteId: null, paymentId: 1 }])
    expect(
      fifoAllocation({
        credits: [],
        debits: [{ amount: 500, dueDate: '2026-01-10', id: 1 }],
      }).openAmounts.get(1),
    ).toBe(500)
  })

  it('should break due-date ties by charge id', () => {
    const result = fifoAllocation({
      credits: [payment(1, 100, '2026-01-01')],
      debits: [
        { amount: 100, dueDate: '2026-01-10', id: 9 },
        { amount: 100, dueDate: '2026-01-10', id: 3 },
      ],
    })
    expect(result.allocations[0].chargeId).toBe(3)
  })
})
