import { shiftDate } from '../../../src/ledger/engine/officeCalendar'
import type { Installment, Payment, PromiseStatus, PromiseToPay } from './types'

export type PromiseOutcome = {
  /** Cents counted towards the promise up to `asOf`. */
  paid: number
  /** The day it became kept or broken; `null` while active (and as stored for settled ones). */
  resolvedOn: null | string
  status: PromiseStatus
}

/**
 * Where a promise stands on `asOf`, from the payments received since it was made. Installments
 * are checked in order against cumulative payments: each must be covered by its due date plus
 * the grace days, which exist because a transfer made on the due date is often booked a day or
 * two later. Kept on the day the payments reach the whole amount (early is fine); broken on the
 * first day after a due date plus grace that passed uncovered; otherwise still active. Payments
 * dated before the promise was made, or after `asOf`, do not count. Kept, broken and cancelled
 * are final and returned as they are.
 */
export const promiseStatus = ({
  asOf,
  payments,
  promise,
}: {
  asOf: string
  payments: readonly Payment[]
  promise: PromiseToPay
}): PromiseOutcome => {
  const counted = payments
    .filter(
      (payment) => payment.amount > 0 && payment.paidOn >= promise.madeOn && payment.paidOn <= asOf,
    )
    .sort((a, b) => a.paidOn.localeCompare(b.paidOn))
  const paid = counted.reduce((sum, payment) => sum + payment.amount, 0)
  if (promise.status !== 'active')
    return { paid, resolvedOn: promise.resolvedOn ?? null, status: promise.status }

  let owed = 0
  for (const installment of scheduleOf(promise)) {
    owed += installment.amount
    const deadline = shiftDate(installment.dueDate, promise.graceDays)
    const coveredOn = dayCumulativeReaches({ payments: counted, target: owed })
    if (coveredOn !== null && coveredOn <= deadline) continue
    if (asOf > deadline) return { paid, resolvedOn: shiftDate(deadline, 1), status: 'broken' }
    return { paid, resolvedOn: null, status: 'active' }
  }
  return {
    paid,
    resolvedOn: dayCumulativeReaches({ payments: counted, target: owed }),
    status: 'kept',
  }
}

/** The installments in due order, or the single amount and due date when there are none. */
const scheduleOf = (promise: PromiseToPay): Installment[] =>
  promise.installments && promise.installments.length > 0
    ? [...promise.installments].sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    : [{ amount: promise.amount, dueDate: promise.dueDate }]

/** The first day the running total of (date-sorted) payments reaches `target`. */
const dayCumulativeReaches = ({
  payments,
  target,
}: {
  payments: readonly Payment[]
  target: number
}): null | string => {
  let total = 0
  for (const payment of payments) {
    total += payment.amount
    if (total >= target) return payment.paidOn
  }
  return null
}
