import { sql } from '../../lib/db/transaction'
import type { SQL } from '../../lib/db/transaction'
import { AGING_EDGES, OPEN_ENDED_BUCKET } from '../engine/agingBucket'
import type { AgingBucket } from '../engine/agingBucket'
import { nextPeriodStart, periodOf, shiftDate } from '../engine/officeCalendar'

/** An int[] bind parameter. */
export const intArray = (ids: readonly number[]): SQL => sql`${`{${ids.join(',')}}`}::int[]`

/** `column = any(ids)`, or true when the scope has every building of the office. */
export const inBuildings = (column: SQL, buildingIds: null | readonly number[]): SQL =>
  buildingIds === null ? sql`true` : sql`${column} = any(${intArray(buildingIds)})`

/** The instant a calendar day starts in the office's time zone (computed once per statement). */
const dayStart = (date: string, timezone: string): SQL =>
  sql`(${date}::timestamp at time zone ${timezone})`

/**
 * The aging bucket of a due-date column as of `asOf`. Rather than converting every row's due
 * date into the office's calendar, each bucket edge becomes one instant (the start of the day
 * `lastDay` days before `asOf`), so the comparison is plain and can use an index. Built from the
 * engine's edge table: "days past due <= L" is "due on or after the day asOf - L".
 */
export const agingBucketSql = (dueDate: SQL, asOf: string, timezone: string): SQL => {
  const whens = AGING_EDGES.map(
    (edge) =>
      sql` when ${dueDate} >= ${dayStart(shiftDate(asOf, -edge.lastDay), timezone)} then ${sql.raw(`'${edge.bucket}'`)}`,
  )
  return sql`(case${sql.join(whens, sql``)} else ${sql.raw(`'${OPEN_ENDED_BUCKET}'`)} end)`
}

/** A range condition selecting due dates in one bucket as of `asOf` (sargable, for filters). */
export const inAgingBucketSql = (
  dueDate: SQL,
  bucket: AgingBucket,
  asOf: string,
  timezone: string,
): SQL => {
  const index = AGING_EDGES.findIndex((edge) => edge.bucket === bucket)
  const lower =
    index === -1 ? null : dayStart(shiftDate(asOf, -AGING_EDGES[index].lastDay), timezone)
  const upperEdge = index === -1 ? AGING_EDGES[AGING_EDGES.length - 1] : AGING_EDGES[index - 1]
  const upper = upperEdge ? dayStart(shiftDate(asOf, -upperEdge.lastDay), timezone) : null
  const conditions = [
    lower && sql`${dueDate} >= ${lower}`,
    upper && sql`${dueDate} < ${upper}`,
  ].filter((condition): condition is SQL => Boolean(condition))
  return sql.join(conditions, sql` and `)
}

/** Whether a due date has passed as of `asOf` (at least one day past due). */
export const isOverdueSql = (dueDate: SQL, asOf: string, timezone: string): SQL =>
  sql`(${dueDate} < ${dayStart(asOf, timezone)})`

/** Whole days past due as of `asOf`, for display (one row at a time, not for scans). */
export const daysPastDueSql = (dueDate: SQL, asOf: string, timezone: string): SQL =>
  sql`(${asOf}::date - (${dueDate} at time zone ${timezone})::date)`

/** The billing period of `asOf` and its bounds as instants in the office's time zone. */
export const periodWindow = (
  asOf: string,
  timezone: string,
): { from: SQL; period: string; to: SQL } => {
  const period = periodOf(asOf)
  return {
    from: dayStart(`${period}-01`, timezone),
    period,
    to: dayStart(nextPeriodStart(period), timezone),
  }
}
