import { formatMoney } from '../../../src/lib/money/formatMoney'
import { fillPlaceholders, placeholderErrors } from '../../../src/lib/text/placeholders'
import { TEMPLATE_PLACEHOLDERS } from './templatePlaceholders'
import type { TemplatePlaceholder } from './templatePlaceholders'
import type { DunningLocale, LocalizedTemplate } from './types'

export type TemplateValues = {
  /** Cents. */
  amount: number
  daysOverdue: number
  owner?: null | string
  paymentLink?: null | string
}

export type RenderResult = { errors: []; text: string } | { errors: string[]; text: null }

/**
 * The message for the office's locale with its placeholders filled. Refuses, with one message
 * per problem, a missing template for the locale, an unknown placeholder or stray brace, and a
 * placeholder whose value is missing (an empty owner name or payment link would send a broken
 * message; the caller decides a fallback such as a generic salutation). Placeholders the
 * template does not use need no value.
 */
export const renderTemplate = ({
  currency,
  locale,
  template,
  values,
}: {
  currency: string
  locale: DunningLocale
  template: LocalizedTemplate
  values: TemplateValues
}): RenderResult => {
  const text = template[locale] ?? ''
  if (text.trim() === '') return { errors: [`No ${locale} template`], text: null }
  const errors = placeholderErrors({ known: TEMPLATE_PLACEHOLDERS, template: text })
  if (errors.length > 0) return { errors, text: null }

  const filled: Record<TemplatePlaceholder, string> = {
    amount: formatMoney({ amount: values.amount, currency, locale }),
    daysOverdue: String(values.daysOverdue),
    owner: values.owner?.trim() ?? '',
    paymentLink: values.paymentLink?.trim() ?? '',
  }
  const missing = new Set<string>()
  const rendered = fillPlaceholders(text, filled, (token) =>
    missing.add(`Missing value for ${token}`),
  )
  return missing.size > 0 ? { errors: [...missing], text: null } : { errors: [], text: rendered }
}
