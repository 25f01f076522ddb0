/** One day of the chart: its UTC date and how many events it had. */
export type DayCount = { count: number; day: string }

const DAY_MS = 86_400_000

/**
 * The last `days` UTC days up to `now`'s, oldest first, each with its count from `rows` (days
 * without events are 0), and each bar's width as a share of the busiest day. Pure.
 */
export const dailySeries = ({
  days,
  now,
  rows,
}: {
  days: number
  now: Date
  rows: readonly DayCount[]
}): (DayCount & { share: number })[] => {
  const counts = new Map(rows.map((row) => [row.day, row.count]))
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  const series = Array.from({ length: days }, (_, index) => {
    const day = new Date(today - (days - 1 - index) * DAY_MS).toISOString().slice(0, 10)
    return { count: counts.get(day) ?? 0, day }
  })
  const busiest = Math.max(0, ...series.map((entry) => entry.count))
  return series.map((entry) => ({ ...entry, share: busiest === 0 ? 0 : entry.count / busiest }))
}

/** The first instant of the series `dailySeries` draws (UTC midnight, `days - 1` days back). */
export const seriesStart = (now: Date, days: number): Date =>
  new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * DAY_MS,
  )
