import { DELIVERY_CHANNELS } from '../../../src/lib/notifications/constants'
import { stepThresholdDays } from './stepThresholdDays'
import { placeholderErrors } from '../../../src/lib/text/placeholders'
import { TEMPLATE_PLACEHOLDERS } from './templatePlaceholders'
import type { DunningLocale, DunningPolicy } from './types'

export type PolicyError = { message: string; path: string }

const LOCALES: readonly DunningLocale[] = ['el', 'en']

/**
 * Field-level problems of a policy, for the collection's validation on save; empty when fine.
 * `dunningStep` relies on what this checks: thresholds strictly increasing (so "the next step"
 * is later, and no step can hide behind another with the same threshold), whole non-negative
 * numbers, at least one contact per step. Templates are checked for every locale written; the
 * office's own `locale`, when given, must have one in every step.
 */
export const validatePolicy = ({
  locale,
  policy,
}: {
  locale?: DunningLocale
  policy: DunningPolicy
}): PolicyError[] => {
  const errors: PolicyError[] = []
  const add = (path: string, message: string) => errors.push({ message, path })
  if (!isWhole(policy.minimumBalance)) add('minimumBalance', 'Use whole cents, zero or more')
  if (policy.steps.length === 0) add('steps', 'Add at least one step')

  let previous = -1
  policy.steps.forEach((step, index) => {
    const at = (field: string) => `steps.${index}.${field}`
    if (step.threshold.type === 'days' && !isWhole(step.threshold.minDaysOverdue))
      add(at('threshold'), 'Use whole days, zero or more')
    const days = stepThresholdDays(step.threshold)
    if (days <= previous) add(at('threshold'), 'Each step must start later than the step before it')
    previous = Math.max(previous, days)
    if (!DELIVERY_CHANNELS.includes(step.channel))
      add(at('channel'), `Use one of ${DELIVERY_CHANNELS.join(', ')}`)
    if (!isWhole(step.maxContacts) || step.maxContacts < 1)
      add(at('maxContacts'), 'Allow at least one contact')
    if (!isWhole(step.minDaysBetweenContacts))
      add(at('minDaysBetweenContacts'), 'Use whole days, zero or more')
    for (const language of LOCALES) {
      const text = step.template[language] ?? ''
      if (text.trim() === '') {
        if (language === locale)
          add(at(`template.${language}`), 'Write the message in the office language')
        continue
      }
      for (const message of placeholderErrors({ known: TEMPLATE_PLACEHOLDERS, template: text }))
        add(at(`template.${language}`), message)
    }
    const fee = step.action?.lateFee
    if (fee?.type === 'fixed' && (!isWhole(fee.amount) || fee.amount === 0))
      add(at('action.lateFee'), 'Use whole cents above zero')
    if (
      fee?.type === 'percent' &&
      (!isWhole(fee.basisPoints) || fee.basisPoints === 0 || fee.basisPoints > 10_000)
    ) {
      add(at('action.lateFee'), 'Use basis points from 1 to 10000 (100 = 1%)')
    }
  })
  return errors
}

const isWhole = (value: number) => Number.isSafeInteger(value) && value >= 0
