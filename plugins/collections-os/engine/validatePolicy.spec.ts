import type { DunningPolicy, EscalationStep } from './types'
import { validatePolicy } from './validatePolicy'

const step = (fields: Partial<EscalationStep> = {}): EscalationStep => ({
  channel: 'email',
  maxContacts: 2,
  minDaysBetweenContacts: 7,
  template: { el: 'Οφειλή {amount}', en: 'You owe {amount}' },
  threshold: { type: 'bucket', bucket: '0-30' },
  ...fields,
})

const policy = (steps: EscalationStep[], fields: Partial<DunningPolicy> = {}): DunningPolicy => ({
  id: 1,
  building: null,
  isActive: true,
  minimumBalance: 1_000,
  steps,
  tenant: 1,
  ...fields,
})

describe('validatePolicy', () => {
  it('should accept a sound policy mixing buckets and days', () => {
    const steps = [
      step(),
      step({ threshold: { type: 'days', minDaysOverdue: 45 } }),
      step({ threshold: { type: 'bucket', bucket: '90+' } }),
    ]
    expect(validatePolicy({ locale: 'el', policy: policy(steps) })).toEqual([])
  })

  it('should refuse steps that do not start strictly later than the one before', () => {
    const steps = [
      step({ threshold: { type: 'bucket', bucket: '31-60' } }),
      step({ threshold: { type: 'days', minDaysOverdue: 31 } }),
    ]
    expect(validatePolicy({ policy: policy(steps) })).toEqual([
      { message: 'Each step must start later than the step before it', path: 'steps.1.threshold' },
    ])
  })

  it('should catch a template typo on save, naming the field', () => {
    const steps = [step({ template: { el: 'Οφειλή {ammount}', en: 'You owe {amount}' } })]
    expect(validatePolicy({ policy: policy(steps) })).toEqual([
      {
        message:
          'Unknown placeholder {ammount}; use {owner}, {amount}, {daysOverdue}, {paymentLink}',
        path: 'steps.0.template.el',
      },
    ])
  })

  it("should require the office language's template and allow the other to be empty", () => {
    const steps = [step({ template: { el: '', en: 'You owe {amount}' } })]
    expect(validatePolicy({ locale: 'en', policy: policy(steps) })).toEqual([])
    expect(validatePolicy({ locale: 'el', policy: policy(steps) })).toEqual([
      { message: 'Write the message in the office language', path: 'steps.0.template.el' },
    ])
  })

  it('should refuse bad numbers', () => {
    const steps = [
      step({
        action: { lateFee: { type: 'percent', basisPoints: 10_001 } },
        maxContacts: 0,
        minDaysBetweenContacts: -1,
        threshold: { type: 'days', minDaysOverdue: 2.5 },
      }),
      step({
        action: { lateFee: { type: 'fixed', amount: 0 } },
        threshold: { type: 'days', minDaysOverdue: 40 },
      }),
    ]
    expect(
      validatePolicy({ policy: policy(steps, { minimumBalance: -1 }) }).map((error) => error.path),
    ).toEqual([
      'minimumBalance',
      'steps.0.threshold',
      'steps.0.maxContacts',
      'steps.0.minDaysBetweenContacts',
      'steps.0.action.lateFee',
      'steps.1.action.lateFee',
    ])
  })

  it('should refuse a policy without steps or with an unknown channel', () => {
    expect(validatePolicy({ policy: policy([]) })).toEqual([
      { message: 'Add at least one step', path: 'steps' },
    ])
    expect(
      validatePolicy({ policy: policy([step({ channel: 'fax' as 'email' })]) }).map(
        (error) => error.path,
      ),
    ).toEqual(['steps.0.channel'])
  })
})
