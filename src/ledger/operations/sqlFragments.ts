import { type SQL, sql } from '../../lib/db/transaction'
import { AGING_EDGES, OPEN_ENDED_BUCKET } from '../engine/agingBucket'

/** An int[] bind parameter. */
export const intArray = (ids: readonly number[]): SQL => sql`${`{${ids.join(',')}}`}::int[]`

/** `column = any(ids)`, or true when the scope has every building of the office. */
export const inBuildings = (column: SQL, buildingIds: null | readonly number[]): SQL =>
  buildingIds === null ? sql`true` : sql`${column} = any(${intArray(buildingIds)})`

/** Days an open item is past due as of `today`, in the office's time zone. */
export const daysPastDueSql = (dueDate: SQL, today: string, timezone: string): SQL =>
  sql`(${today}::date - (${dueDate} at time zone ${timezone})::date)`

/** The aging bucket of a days expression, built from the engine's edge table. */
export const agingBucketSql = (days: SQL): SQL => {
  const whens = AGING_EDGES.map((edge) => sql` when ${days} <= ${sql.raw(String(edge.lastDay))} then ${sql.raw(`'${edge.bucket}'`)}`)
  return sql`(case${sql.join(whens, sql``)} else ${sql.raw(`'${OPEN_ENDED_BUCKET}'`)} end)`
}
