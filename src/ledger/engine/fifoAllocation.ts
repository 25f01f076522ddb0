/** A debit: a positive charge, settled oldest due date first. */
export type Debit = { amount: number; dueDate: string; id: number }

/** A credit: a payment (by receipt time) or a credit note, i.e. a negative charge (by creation). */
export type Credit = {
  amount: number
  at: string
  creditNoteId: null | number
  id: number
  kind: 'credit-note' | 'payment'
  paymentId: null | number
}

export type Allocation = {
  amount: number
  chargeId: number
  creditNoteId: null | number
  paymentId: null | number
}

export type FifoResult = {
  allocations: Allocation[]
  /** Open amount per charge id (0 when settled). */
  openAmounts: Map<number, number>
}

const byDueDate = (a: Debit, b: Debit) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id
const KIND_ORDER = { 'credit-note': 1, payment: 0 }
const byCreditTime = (a: Credit, b: Credit) =>
  a.at.localeCompare(b.at) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id - b.id

/**
 * FIFO settlement of one apartment: credits, in time order, fill debits in due-date order. The
 * same rule as the set-based SQL of `rebuildOpenItems` (overlapping cumulative ranges), written
 * as a walk so a single apartment's upkeep needs no heavy query. Pure; amounts in integer cents.
 */
export const fifoAllocation = ({
  credits,
  debits,
}: {
  credits: Credit[]
  debits: Debit[]
}): FifoResult => {
  const queue = [...credits]
    .sort(byCreditTime)
    .map((credit) => ({ ...credit, left: credit.amount }))
  const allocations: Allocation[] = []
  const openAmounts = new Map<number, number>()
  let cursor = 0
  for (const debit of [...debits].sort(byDueDate)) {
    let open = debit.amount
    while (open > 0 && cursor < queue.length) {
      const credit = queue[cursor]
      const amount = Math.min(open, credit.left)
      if (amount > 0) {
        allocations.push({
          amount,
          chargeId: debit.id,
          creditNoteId: credit.creditNoteId,
          paymentId: credit.paymentId,
        })
        open -= amount
        credit.left -= amount
      }
      if (credit.left === 0) cursor += 1
    }
    openAmounts.set(debit.id, open)
  }
  return { allocations, openAmounts }
}

/** A stable identity for an allocation row, to diff what is stored against what is due. */
export const allocationKey = (allocation: Allocation): string =>
  `${allocation.chargeId}:${allocation.paymentId ?? ''}:${allocation.creditNoteId ?? ''}:${allocation.amount}`
