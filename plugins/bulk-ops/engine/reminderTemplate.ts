/** The placeholders a reminder's template may use. */
export const REMINDER_PLACEHOLDERS = ['owner', 'amount', 'paymentLink'] as const
export type ReminderPlaceholder = (typeof REMINDER_PLACEHOLDERS)[number]

const TOKEN = /\{([^{}]*)\}|[{}]/g
const KNOWN: ReadonlySet<string> = new Set(REMINDER_PLACEHOLDERS)

/**
 * What is wrong with a template's placeholders, one message each (empty when fine). Checked when
 * the job is created, so a dry-run never meets a message that cannot be filled; a lone brace is
 * refused because it is almost always a half-typed placeholder.
 */
export const reminderTemplateErrors = (template: string): string[] => {
  const errors: string[] = []
  for (const match of template.matchAll(TOKEN)) {
    const [token, name] = match
    if (name === undefined) errors.push(`Unmatched "${token}" at position ${match.index}`)
    else if (!KNOWN.has(name))
      errors.push(
        `Unknown placeholder ${token}; use ${REMINDER_PLACEHOLDERS.map((known) => `{${known}}`).join(', ')}`,
      )
  }
  return errors
}

/** Fills a checked template; every placeholder has a value (the caller supplies fallbacks). */
export const fillReminderTemplate = (
  template: string,
  values: Record<ReminderPlaceholder, string>,
): string => template.replace(/\{(\w+)\}/g, (_token, name: ReminderPlaceholder) => values[name])

/** The office-language defaults of a reminder's subject and text. */
export const REMINDER_DEFAULTS = {
  el: {
    subject: 'Υπενθύμιση οφειλής κοινοχρήστων',
    template:
      'Αγαπητέ/ή {owner}, το υπόλοιπο κοινοχρήστων σας είναι {amount}. Πληρωμή: {paymentLink}',
  },
  en: {
    subject: 'Common charges reminder',
    template: 'Dear {owner}, your common charges balance is {amount}. Pay here: {paymentLink}',
  },
} as const
