/** The default due date of charges issued for `period` (`YYYY-MM`): the 10th of the month after it. */
export const defaultDueDate = (period: string): string => {
  const [year, month] = period.split('-').map(Number)
  return month === 12 ? `${year + 1}-01-10` : `${year}-${String(month + 1).padStart(2, '0')}-10`
}
