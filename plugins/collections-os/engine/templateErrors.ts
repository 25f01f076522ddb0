import { TEMPLATE_PLACEHOLDERS } from './templatePlaceholders'

/** A `{name}`, or a brace that opens or closes nothing. */
const TOKEN = /\{([^{}]*)\}|[{}]/g

const KNOWN: ReadonlySet<string> = new Set(TEMPLATE_PLACEHOLDERS)

/**
 * What is wrong with a template's placeholders, one message each; empty when it is fine. Names
 * must match exactly (`{ owner }` and `{Owner}` are typos too), and a lone brace is refused
 * rather than printed, because it is almost always a half-typed placeholder. Run on save, so
 * a policy never reaches a dunning run with a message that cannot be filled.
 */
export const templateErrors = (template: string): string[] => {
  const errors: string[] = []
  for (const match of template.matchAll(TOKEN)) {
    const [token, name] = match
    if (name === undefined) errors.push(`Unmatched "${token}" at position ${match.index}`)
    else if (!KNOWN.has(name))
      errors.push(
        `Unknown placeholder ${token}; use ${TEMPLATE_PLACEHOLDERS.map((known) => `{${known}}`).join(', ')}`,
      )
  }
  return errors
}
