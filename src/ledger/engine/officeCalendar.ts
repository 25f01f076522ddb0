/** Today's calendar date (`YYYY-MM-DD`) in an office's time zone. */
export const officeToday = (timezone: string, now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', {
    day: '2-digit',
    month: '2-digit',
    timeZone: timezone,
    year: 'numeric',
  }).format(now)

/** The billing period (`YYYY-MM`) a calendar date falls in. */
export const periodOf = (date: string): string => date.slice(0, 7)

/** The first day of the period after `period`. */
export const nextPeriodStart = (period: string): string => {
  const [year, month] = period.split('-').map(Number)
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
}

/** Collected / billed as a ratio with four decimals; null when nothing was billed. */
export const collectionRate = (collected: number, billed: number): null | number =>
  billed > 0 ? Math.round((collected / billed) * 10_000) / 10_000 : null

/** The calendar date `days` after `date` (negative: before), both `YYYY-MM-DD`. */
export const shiftDate = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
