import { daysPastDue } from '../../../src/ledger/engine/agingBucket'
import type { ApartmentPosition } from './types'

export type Arrears = {
  /** Cents due today or earlier and still unpaid. */
  amountOverdue: number
  /** Days past the oldest unpaid due date; `null` when nothing is overdue. */
  daysOverdue: null | number
  /** The oldest unpaid due date: the current arrears episode began then. */
  since: null | string
}

/**
 * What an apartment owes late as of `asOf`. An item due today counts (0 days, the ledger's 0-30
 * bucket), so dunning and the aging report agree; a policy that wants a grace period sets a
 * days threshold. When the balance is below the sum of open items (a credit not yet
 * allocated), the difference settles the oldest items first, like the ledger's FIFO, so a
 * payment that already arrived is never chased.
 */
export const arrears = ({
  asOf,
  position,
}: {
  asOf: string
  position: ApartmentPosition
}): Arrears => {
  const items = position.openItems
    .filter((item) => item.amount > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  let credit = items.reduce((sum, item) => sum + item.amount, 0) - Math.max(0, position.balance)
  let amountOverdue = 0
  let since: null | string = null
  for (const item of items) {
    const open = item.amount - Math.max(0, Math.min(credit, item.amount))
    credit -= item.amount - open
    if (open === 0 || item.dueDate > asOf) continue
    since ??= item.dueDate
    amountOverdue += open
  }
  return { amountOverdue, daysOverdue: since === null ? null : daysPastDue(since, asOf), since }
}
