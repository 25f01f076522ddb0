import type { DunningPolicy, EscalationStep } from '../engine/types'

type StepDoc = {
  action?: {
    isLegalNotice?: boolean | null
    lateFee?: {
      amount?: null | number
      basisPoints?: null | number
      type?: 'fixed' | 'none' | 'percent' | null
    } | null
    shouldCreateManagerTask?: boolean | null
  } | null
  channel: EscalationStep['channel']
  maxContacts: number
  minDaysBetweenContacts: number
  template?: { el?: null | string; en?: null | string } | null
  threshold: { bucket?: null | string; minDaysOverdue?: null | number; type: 'bucket' | 'days' }
}

export type PolicyDoc = {
  building?: null | number | { id: number }
  id?: number
  isActive?: boolean | null
  minimumBalance?: null | number
  steps?: StepDoc[] | null
  tenant?: null | number | { id: number }
}

const idOf = (value: null | number | undefined | { id: number }) =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value

/** The stored policy as the engine reads it (field names mirror the engine's types). */
export const policyFromDoc = (doc: PolicyDoc): DunningPolicy => ({
  building: idOf(doc.building),
  id: doc.id ?? 0,
  isActive: doc.isActive ?? true,
  minimumBalance: doc.minimumBalance ?? 0,
  steps: (doc.steps ?? []).map((step) => {
    const fee = step.action?.lateFee
    return {
      action: {
        isLegalNotice: Boolean(step.action?.isLegalNotice),
        lateFee:
          fee?.type === 'fixed'
            ? { amount: fee.amount ?? 0, type: 'fixed' as const }
            : fee?.type === 'percent'
              ? { basisPoints: fee.basisPoints ?? 0, type: 'percent' as const }
              : undefined,
        shouldCreateManagerTask: Boolean(step.action?.shouldCreateManagerTask),
      },
      channel: step.channel,
      maxContacts: step.maxContacts,
      minDaysBetweenContacts: step.minDaysBetweenContacts,
      template: { el: step.template?.el ?? '', en: step.template?.en ?? '' },
      threshold:
        step.threshold.type === 'days'
          ? { minDaysOverdue: step.threshold.minDaysOverdue ?? 0, type: 'days' as const }
          : { bucket: (step.threshold.bucket ?? '0-30') as '0-30', type: 'bucket' as const },
    }
  }),
  tenant: idOf(doc.tenant) ?? 0,
})
