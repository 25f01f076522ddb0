/** A `{name}`, or a brace that opens or closes nothing. */
const TOKEN = /\{([^{}]*)\}|[{}]/g

/**
 * What is wrong with a message template's placeholders, one message each; empty when it is fine.
 * Names must be one of `known`, exactly (`{ owner }` and `{Owner}` are typos too), and a lone
 * brace is refused rather than printed, because it is almost always a half-typed placeholder.
 * Checked when a template is saved, so nothing reaches a send with a message that cannot be filled.
 */
export const placeholderErrors = ({
  known,
  template,
}: {
  known: readonly string[]
  template: string
}): string[] => {
  const names: ReadonlySet<string> = new Set(known)
  const errors: string[] = []
  for (const match of template.matchAll(TOKEN)) {
    const [token, name] = match
    if (name === undefined) errors.push(`Unmatched "${token}" at position ${match.index}`)
    else if (!names.has(name)) {
      errors.push(`Unknown placeholder ${token}; use ${known.map((k) => `{${k}}`).join(', ')}`)
    }
  }
  return errors
}

/**
 * A checked template (`placeholderErrors` found nothing) with each `{name}` replaced by its value;
 * `onMissing` is told of a placeholder whose value is empty, and the value is used as it is.
 */
export const fillPlaceholders = <K extends string>(
  template: string,
  values: Record<K, string>,
  onMissing?: (token: string) => void,
): string =>
  template.replace(/\{(\w+)\}/g, (token, name: K) => {
    if (values[name] === '') onMissing?.(token)
    return values[name]
  })
