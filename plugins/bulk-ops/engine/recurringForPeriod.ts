import type { PlanExpense, PlanRecurringExpense } from './types'

/** The recurring expenses that apply to `period` (`YYYY-MM`): active, and active in its month. */
export const recurringForPeriod = ({
  period,
  recurring,
}: {
  period: string
  recurring: readonly PlanRecurringExpense[]
}): PlanExpense[] => {
  const month = period.slice(5, 7)
  return recurring
    .filter((r) => r.active && r.activeMonths.includes(month))
    .map(({ active: _active, activeMonths: _months, ...expense }) => expense)
}
