import { appendCredit } from './appendCredit'
import { fifoAllocation } from './fifoAllocation'

const open = [
  { dueDate: '2026-01-10T12:00:00.000', id: 3, open: 4_000 },
  { dueDate: '2026-02-10T12:00:00.000', id: 4, open: 10_000 },
  { dueDate: '2026-03-10T12:00:00.000', id: 5, open: 10_000 },
]

describe('appendCredit', () => {
  it('should fill the open charges oldest due date first and report what is left open', () => {
    expect(appendCredit({ amount: 9_000, openCharges: open, paymentId: 7 })).toEqual({
      allocations: [
        { amount: 4_000, chargeId: 3, creditNoteId: null, paymentId: 7 },
        { amount: 5_000, chargeId: 4, creditNoteId: null, paymentId: 7 },
      ],
      changed: [
        { id: 3, open: 0 },
        { id: 4, open: 5_000 },
      ],
      oldestOpenDueDate: '2026-02-10T12:00:00.000',
      openCount: 2,
    })
  })

  it('should settle everything and keep the surplus as credit when it pays more than is open', () => {
    const result = appendCredit({ amount: 50_000, openCharges: open, paymentId: 7 })
    expect(result.allocations.reduce((sum, a) => sum + a.amount, 0)).toBe(24_000)
    expect(result).toMatchObject({ oldestOpenDueDate: null, openCount: 0 })
  })

  it('should allocate nothing when nothing is open', () => {
    expect(appendCredit({ amount: 1_000, openCharges: [], paymentId: 7 })).toEqual({ allocations: [], changed: [], oldestOpenDueDate: null, openCount: 0 })
  })

  it('should refuse an amount that is not positive whole cents', () => {
    expect(() => appendCredit({ amount: 0, openCharges: open, paymentId: 7 })).toThrow(RangeError)
    expect(() => appendCredit({ amount: 10.5, openCharges: open, paymentId: 7 })).toThrow(RangeError)
  })

  it('should agree with a full FIFO walk when the credit is the newest', () => {
    const debits = [
      { amount: 10_000, dueDate: '2026-01-10', id: 1 },
      { amount: 10_000, dueDate: '2026-01-10', id: 2 },
      { amount: 10_000, dueDate: '2026-02-10', id: 3 },
      { amount: 10_000, dueDate: '2026-03-10', id: 4 },
    ]
    const earlier = [
      { amount: 12_000, at: '2026-01-15', creditNoteId: null, id: 1, kind: 'payment' as const, paymentId: 1 },
      { amount: 3_000, at: '2026-02-01', creditNoteId: 9, id: 9, kind: 'credit-note' as const, paymentId: null },
    ]
    const before = fifoAllocation({ credits: earlier, debits })
    const openCharges = debits
      .filter((d) => (before.openAmounts.get(d.id) ?? 0) > 0)
      .map((d) => ({ dueDate: d.dueDate, id: d.id, open: before.openAmounts.get(d.id) ?? 0 }))
    const appended = appendCredit({ amount: 16_000, openCharges, paymentId: 2 })
    const full = fifoAllocation({
      credits: [...earlier, { amount: 16_000, at: '2026-03-01', creditNoteId: null, id: 2, kind: 'payment', paymentId: 2 }],
      debits,
    })
    expect([...before.allocations, ...appended.allocations].sort((a, b) => a.chargeId - b.chargeId || (a.paymentId ?? 0) - (b.paymentId ?? 0))).toEqual(
      [...full.allocations].sort((a, b) => a.chargeId - b.chargeId || (a.paymentId ?? 0) - (b.paymentId ?? 0)),
    )
    for (const change of appended.changed) expect(full.openAmounts.get(change.id)).toBe(change.open)
  })
})
