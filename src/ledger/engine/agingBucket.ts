/** Aging buckets of what is still unpaid, by days past the due date (edges inclusive as named). */
export const AGING_BUCKETS = ['not-due', '0-30', '31-60', '61-90', '90+'] as const

export type AgingBucket = (typeof AGING_BUCKETS)[number]

/**
 * The last day of each bucket but the open-ended one. The engine and the SQL (sqlFragments) both
 * derive from this table, so a query can never bucket differently from the unit-tested rule.
 */
export const AGING_EDGES: readonly { bucket: AgingBucket; lastDay: number }[] = [
  { bucket: 'not-due', lastDay: -1 },
  { bucket: '0-30', lastDay: 30 },
  { bucket: '31-60', lastDay: 60 },
  { bucket: '61-90', lastDay: 90 },
]
export const OPEN_ENDED_BUCKET: AgingBucket = '90+'

/**
 * The bucket for an open item `daysPastDue` days after its due date: due today is 0 (0-30),
 * 30 is still 0-30, 31 starts 31-60, 90 is the last day of 61-90, 91 and later are 90+.
 */
export const agingBucket = (daysPastDue: number): AgingBucket => {
  if (!Number.isInteger(daysPastDue))
    throw new RangeError('daysPastDue must be a whole number of days')
  return AGING_EDGES.find((edge) => daysPastDue <= edge.lastDay)?.bucket ?? OPEN_ENDED_BUCKET
}

/** Whole days from `dueDate` to `today` (both calendar dates, `YYYY-MM-DD`). */
export const daysPastDue = (dueDate: string, today: string): number =>
  Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000)
