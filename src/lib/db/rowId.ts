/** The largest id a row can have: every table's id is a PostgreSQL `serial` (a 32-bit integer). */
export const MAX_ROW_ID = 2_147_483_647

/** Whether a value can be a row's id: a whole number from 1 to `MAX_ROW_ID`. */
export const isRowId = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_ROW_ID

/**
 * A row id as a query string or a path writes it (`"42"`), or null: digits only, no sign, point,
 * exponent or spaces, within `MAX_ROW_ID`.
 */
export const rowIdOfText = (text: string): null | number => {
  if (!/^[1-9]\d{0,9}$/.test(text)) return null
  const id = Number(text)
  return id <= MAX_ROW_ID ? id : null
}
