import type { FlattenedField } from 'payload'

import { isRowId, MAX_ROW_ID, rowIdOfText } from '../db/rowId'
import type { FieldError } from '../validation/validationError'

/** The arguments of a Payload operation this checks, as a REST query, GraphQL or code gave them. */
export type OperationArgs = {
  data?: unknown
  id?: unknown
  limit?: unknown
  page?: unknown
  where?: unknown
}

export type OperationArgsProblems = {
  /** Field errors of the query or the data: the operation must answer 400 and do nothing. */
  errors: FieldError[]
  /** The id names no row any table can hold (`abc`, `1.5`, `2147483648`): not found. */
  idIsNoRow: boolean
}

/** PostgreSQL's integer: the columns of ids and of references to rows (every id here is a serial). */
const INT_MIN = -2_147_483_648
const INT_MAX = MAX_ROW_ID

const GEO_OPERATORS = new Set(['intersects', 'near', 'within'])
const LIST_OPERATORS = new Set(['all', 'in', 'not_in'])
const COMPARED_OPERATORS = new Set([
  'equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'not_equals',
])

type Column = 'integer' | 'number' | 'other' | 'point'

/** What a where path compares against: an integer column (ids, references), a point, other. */
const columnOf = (path: string, fields: readonly FlattenedField[]): Column | null => {
  if (path === 'id') return 'integer'
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === path)
  if (!field) return null
  if (field.type === 'point') return 'point'
  if (field.type === 'number') return 'number'
  // A reference to one collection is its row's id; a polymorphic one carries `{ relationTo, value }`.
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    !Array.isArray(field.relationTo)
  )
    return 'integer'
  return 'other'
}

const isIntegerText = (value: string) => /^-?\d{1,10}$/.test(value)

const fitsInteger = (value: unknown): boolean => {
  if (value === null) return true
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= INT_MIN && value <= INT_MAX
  if (typeof value === 'string') {
    if (!isIntegerText(value.trim())) return false
    const number = Number(value)
    return number >= INT_MIN && number <= INT_MAX
  }
  return false
}

/** The items of a list operator: an array, or the comma-separated text a query string carries. */
const itemsOf = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',').filter((item) => item !== '')
  return [value]
}

const hasNullCharacter = (value: unknown): boolean => {
  if (typeof value === 'string') return value.includes('\u0000')
  if (Array.isArray(value)) return value.some(hasNullCharacter)
  if (value !== null && typeof value === 'object')
    return Object.values(value).some(hasNullCharacter)
  return false
}

const constraintErrors = (
  path: string,
  operator: string,
  value: unknown,
  column: Column | null,
): FieldError[] => {
  const at = `where.${path}.${operator}`
  if (hasNullCharacter(value))
    return [{ message: 'Text cannot contain a null character', path: at }]
  if (column === null) return []
  if (GEO_OPERATORS.has(operator) && column !== 'point')
    return [{ message: `${operator} compares points: ${path} is not one`, path: at }]
  if (column !== 'integer') return []
  const values = LIST_OPERATORS.has(operator)
    ? itemsOf(value)
    : COMPARED_OPERATORS.has(operator)
      ? [value]
      : []
  return values.every(fitsInteger)
    ? []
    : [{ message: `${path} is compared with whole numbers up to ${INT_MAX}`, path: at }]
}

const whereErrors = (where: unknown, fields: readonly FlattenedField[]): FieldError[] => {
  if (where === undefined || where === null) return []
  if (typeof where !== 'object' || Array.isArray(where))
    return [{ message: 'A query is an object of field conditions', path: 'where' }]
  return Object.entries(where as Record<string, unknown>).flatMap(([path, constraint]) => {
    // GraphQL spells them AND and OR.
    if (['and', 'or'].includes(path.toLowerCase()) && Array.isArray(constraint))
      return constraint.flatMap((item) => whereErrors(item, fields))
    if (constraint === null || typeof constraint !== 'object' || Array.isArray(constraint))
      return [{ message: 'A condition is an object of operators', path: `where.${path}` }]
    // Nested paths (`apartment.building`) and sub-fields are left to Payload's own validation.
    const column = path.includes('.') ? null : columnOf(path, fields)
    return Object.entries(constraint as Record<string, unknown>).flatMap(([operator, value]) =>
      constraintErrors(path, operator, value, column),
    )
  })
}

const isWholeNumber = (value: unknown, min: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min

const paginationErrors = ({ limit, page }: OperationArgs): FieldError[] => [
  ...(limit === undefined || isWholeNumber(limit, 0)
    ? []
    : [{ message: 'Send limit once, as a whole number from 0', path: 'limit' }]),
  ...(page === undefined || isWholeNumber(page, 1)
    ? []
    : [{ message: 'Send page once, as a whole number from 1', path: 'page' }]),
]

/**
 * Number fields given as text (`"1000"`): Payload would turn the text into a number and save it;
 * an integrator who sends text has a bug worth hearing about. Named groups are walked too.
 */
const dataErrors = (
  data: unknown,
  fields: readonly FlattenedField[],
  prefix = '',
): FieldError[] => {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return []
  const values = data as Record<string, unknown>
  return fields.flatMap((field) => {
    if (!('name' in field) || !(field.name in values)) return []
    const value = values[field.name]
    const path = `${prefix}${field.name}`
    if (field.type === 'group') return dataErrors(value, field.flattenedFields, `${path}.`)
    if (field.type !== 'number' || field.hasMany) return []
    return typeof value === 'string' ? [{ message: 'Send a number, not text', path }] : []
  })
}

/**
 * What is wrong with an operation's arguments before any of them reaches SQL, for every channel
 * alike (REST, GraphQL, the Local API): an id no row can have; conditions that compare an id or
 * a reference with something that is not a 32-bit integer, geometry operators on fields that are
 * not points, text with a null character; `limit` and `page` that are not whole numbers (a
 * repeated query parameter arrives as a list); number fields sent as text.
 */
export const operationArgsProblems = ({
  args,
  fields,
  numericIds,
}: {
  args: OperationArgs
  fields: readonly FlattenedField[]
  /** Whether the collection's ids are numbers (PostgreSQL serials); text ids are not checked. */
  numericIds: boolean
}): OperationArgsProblems => ({
  errors: [
    ...whereErrors(args.where, fields),
    ...paginationErrors(args),
    ...dataErrors(args.data, fields),
  ],
  idIsNoRow:
    numericIds &&
    args.id !== undefined &&
    args.id !== null &&
    !isRowId(args.id) &&
    !(typeof args.id === 'string' && rowIdOfText(args.id) !== null),
})
