/**
 * SQLSTATE codes of class 22 (data exception) that only a value from the request can cause: a
 * value out of its column's range, text that is not a number or a date, a character PostgreSQL
 * cannot store, text longer than its column, a negative LIMIT or OFFSET. Class 22 codes that
 * point at the product's own SQL (division by zero, say) stay server faults.
 */
const CLIENT_DATA_EXCEPTIONS = new Set([
  '22001', // string_data_right_truncation
  '22003', // numeric_value_out_of_range
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow
  '22021', // character_not_in_repertoire (a null byte)
  '2201W', // invalid_row_count_in_limit_clause
  '2201X', // invalid_row_count_in_result_offset_clause
  '22P02', // invalid_text_representation
  '22P05', // untranslatable_character
])

type Layered = { cause?: unknown; code?: unknown; message?: unknown; originalError?: unknown }

/**
 * The database's complaint about a value the client sent, as a message fit for the client (the
 * driver's message names the value and the type, never the SQL), or null for any other error.
 * Looks through the wrappers around the driver's error: drizzle's `cause`, GraphQL's
 * `originalError`.
 */
export const clientFaultOf = (err: unknown): null | string => {
  let current: unknown = err
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth += 1) {
    const { cause, code, message, originalError } = current as Layered
    if (typeof code === 'string' && CLIENT_DATA_EXCEPTIONS.has(code) && typeof message === 'string')
      return `A value in the request does not fit its field: ${message}`
    current = cause ?? originalError
  }
  return null
}
