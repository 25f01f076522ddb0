/** The placeholders a dunning message may use, filled by `renderTemplate`. */
export const TEMPLATE_PLACEHOLDERS = ['owner', 'amount', 'daysOverdue', 'paymentLink'] as const

export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number]
