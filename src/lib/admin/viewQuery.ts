/**
 * The feature views keep their state in the URL (open record, pages, filters), so a view can be
 * bookmarked or sent to a colleague. These read it leniently: a value that is not one of the
 * known ones is ignored like an absent one, and a repeated parameter counts by its first value.
 */
export type SearchParams = Record<string, string | string[] | undefined>

type Param = string | string[] | undefined

const first = (value: Param) => (Array.isArray(value) ? value[0] : value)

/** A positive whole number of up to nine digits, or undefined. */
export const positiveIntParam = (value: Param): number | undefined => {
  const text = first(value)
  if (!text || !/^\d{1,9}$/.test(text)) return undefined
  const number = Number(text)
  return number > 0 ? number : undefined
}

/** One of `values`, or undefined. */
export const oneOfParam = <T extends string>(values: readonly T[], value: Param): T | undefined => {
  const text = first(value)
  return values.includes(text as T) ? (text as T) : undefined
}

/** The view's URL with some parameters changed (`undefined` removes one). */
export const viewHref = (
  base: string,
  current: SearchParams,
  changes: Record<string, number | string | undefined>,
): string => {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(current)) {
    const text = first(value)
    if (text !== undefined && text !== '' && !(key in changes)) query.set(key, text)
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined && value !== '') query.set(key, String(value))
  }
  const text = query.toString()
  return text ? `${base}?${text}` : base
}
