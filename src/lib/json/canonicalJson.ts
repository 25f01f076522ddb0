export type Json = boolean | Json[] | null | number | string | { [key: string]: Json }

/**
 * `canonicalJson` of a value that is JSON already (as `toJsonValue` gives, or a jsonb column
 * reads), without normalising it again: the audit chain hashes thousands of events a batch.
 */
export const canonicalJsonOfJson = (value: Json): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJsonOfJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJsonOfJson(value[key])}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** Whether JSON would carry the value as it is: no dates, `undefined`, NaN or class instances. */
const isPlainJson = (value: unknown): value is Json => {
  if (value === null) return true
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return true
    case 'number':
      return Number.isFinite(value)
    case 'object': {
      if (Array.isArray(value))
        return value.every((item) => item !== undefined && isPlainJson(item))
      const proto: unknown = Object.getPrototypeOf(value)
      if (proto !== Object.prototype && proto !== null) return false
      return Object.values(value).every((member) => member !== undefined && isPlainJson(member))
    }
    default:
      return false
  }
}

/**
 * The value as JSON would carry it: dates become ISO strings, `undefined` members disappear,
 * `undefined` itself becomes null. Hashes are taken over this, so a value hashes the same before
 * it is stored and after it is read back from a jsonb column. A value that is plain JSON already
 * (the ledger's facts, thousands per bulk batch) is returned as it is, not copied.
 */
export const toJsonValue = (value: unknown): Json => {
  if (isPlainJson(value)) return value
  const text = JSON.stringify(value)
  return text === undefined ? null : (JSON.parse(text) as Json)
}

/**
 * One spelling per JSON value: object keys sorted, no whitespace. Two values that mean the same
 * (same members in another order) give the same string, which is what the audit chain and the
 * idempotency request hash compare.
 */
export const canonicalJson = (value: unknown): string => canonicalJsonOfJson(toJsonValue(value))
