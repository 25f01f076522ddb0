import type { Allocation } from './fifoAllocation'

export type OpenCharge = { dueDate: string; id: number; open: number }

export type AppendedCredit = {
  allocations: Allocation[]
  /** The charges whose open amount changed, with the new amount. */
  changed: { id: number; open: number }[]
  /** The due date of the oldest charge still open afterwards, or null when none is. */
  oldestOpenDueDate: null | string
  /** How many charges are still open afterwards. */
  openCount: number
}

/**
 * FIFO settlement of a payment that comes after every other credit of its apartment (the usual
 * case: money arriving today). In a settled ledger the open charges are exactly the tail of the
 * due-date order that earlier credits did not reach, so a newest credit only continues that walk:
 * it fills the open charges oldest due date first and touches nothing else. `fifoAllocation` over
 * the whole ledger gives the same result; this needs only the open charges. `openCharges` must be
 * the apartment's open debits in (due date, id) order.
 */
export const appendCredit = ({ amount, openCharges, paymentId }: { amount: number; openCharges: readonly OpenCharge[]; paymentId: number }): AppendedCredit => {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new RangeError('a credit must be positive whole cents')
  let left = amount
  const allocations: Allocation[] = []
  const changed: { id: number; open: number }[] = []
  const stillOpen: OpenCharge[] = []
  for (const charge of openCharges) {
    const take = Math.min(left, charge.open)
    if (take > 0) {
      allocations.push({ amount: take, chargeId: charge.id, creditNoteId: null, paymentId })
      changed.push({ id: charge.id, open: charge.open - take })
      left -= take
    }
    if (charge.open - take > 0) stillOpen.push(charge)
  }
  return { allocations, changed, oldestOpenDueDate: stillOpen[0]?.dueDate ?? null, openCount: stillOpen.length }
}
