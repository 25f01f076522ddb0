import type { DunningPolicy } from '../../../payload-types'

export type PolicyStepDoc = DunningPolicy['steps'][number]

/**
 * A valid dunning step as the Local API takes it: an e-mail at 0-30 days overdue, once per
 * episode, at least 14 days apart, in both languages; `overrides` replace whole fields.
 */
export const policyStep = (overrides: Partial<PolicyStepDoc> = {}): PolicyStepDoc => ({
  channel: 'email',
  maxContacts: 1,
  minDaysBetweenContacts: 14,
  template: { el: 'Οφειλή {amount}', en: 'Dear {owner}, you owe {amount}.' },
  threshold: { bucket: '0-30', type: 'bucket' },
  ...overrides,
})
