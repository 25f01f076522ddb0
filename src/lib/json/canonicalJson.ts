type Json = boolean | Json[] | null | number | string | { [key: string]: Json }

const canonical = (value: Json): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * The value as JSON would carry it: dates become ISO strings, `undefined` members disappear,
 * `undefined` itself becomes null. Hashes are taken over this, so a value hashes the same before
 * it is stored and after it is read back from a jsonb column.
 */
export const toJsonValue = (value: unknown): Json => {
  const text = JSON.stringify(value)
  return text === undefined ? null : (JSON.parse(text) as Json)
}

/**
 * One spelling per JSON value: object keys sorted, no whitespace. Two values that mean the same
 * (same members in another order) give the same string, which is what the audit chain and the
 * idempotency request hash compare.
 */
export const canonicalJson = (value: unknown): string => canonical(toJsonValue(value))
