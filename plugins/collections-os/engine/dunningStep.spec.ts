import { shiftDate } from '../../../src/ledger/engine/officeCalendar'
import { dunningStep } from './dunningStep'
import type { DunningStepInput } from './dunningStep'
import type {
  ApartmentPosition,
  ContactRecord,
  DunningPolicy,
  EscalationStep,
  PromiseToPay,
} from './types'

// Early in a month, so contacts a week ago fall in the previous period (see the period rule).
const AS_OF = '2026-06-03'
const daysAgo = (days: number) => shiftDate(AS_OF, -days)

const template = { el: 'Οφειλή {amount}', en: 'You owe {amount}' }

const step = (
  fields: Partial<EscalationStep> & Pick<EscalationStep, 'threshold'>,
): EscalationStep => ({
  channel: 'email',
  maxContacts: 2,
  minDaysBetweenContacts: 7,
  template,
  ...fields,
})

const policy: DunningPolicy = {
  id: 1,
  building: null,
  isActive: true,
  minimumBalance: 1_000,
  steps: [
    step({ threshold: { type: 'bucket', bucket: '0-30' } }),
    step({ channel: 'sms', threshold: { type: 'bucket', bucket: '31-60' } }),
    step({
      action: { lateFee: { type: 'percent', basisPoints: 500 }, shouldCreateManagerTask: true },
      channel: 'letter',
      threshold: { type: 'bucket', bucket: '61-90' },
    }),
    step({
      action: { isLegalNotice: true },
      channel: 'letter',
      maxContacts: 1,
      threshold: { type: 'bucket', bucket: '90+' },
    }),
  ],
  tenant: 7,
}

const owner = {
  email: 'maria@example.com',
  name: 'Maria',
  phone: '+30 210 000 0000',
  portalUserId: 42,
  postalAddress: 'Ermou 1, Athens',
}

const overdue = (
  days: number,
  amount = 10_000,
  fields: Partial<ApartmentPosition> = {},
): ApartmentPosition => ({
  apartmentId: 11,
  balance: amount,
  buildingId: 3,
  openItems: [{ amount, dueDate: daysAgo(days) }],
  owner,
  ...fields,
})

const sent = (
  stepIndex: number,
  ago: number,
  fields: Partial<ContactRecord> = {},
): ContactRecord => ({
  apartmentId: 11,
  channel: policy.steps[stepIndex].channel,
  policyId: 1,
  sentAt: daysAgo(ago),
  stepIndex,
  ...fields,
})

const promise = (fields: Partial<PromiseToPay>): PromiseToPay => ({
  id: 1,
  amount: 10_000,
  apartmentId: 11,
  dueDate: daysAgo(5),
  graceDays: 2,
  madeOn: daysAgo(12),
  resolvedOn: null,
  status: 'active',
  ...fields,
})

const decide = (input: Partial<DunningStepInput>) =>
  dunningStep({ asOf: AS_OF, history: [], policy, position: overdue(10), promises: [], ...input })

describe('dunningStep', () => {
  describe('which step applies', () => {
    it.each([
      [0, 0, 'email'],
      [30, 0, 'email'],
      [31, 1, 'sms'],
      [60, 1, 'sms'],
      [61, 2, 'letter'],
      [90, 2, 'letter'],
      [91, 3, 'letter'],
      [400, 3, 'letter'],
    ] as const)(
      'should contact an apartment %i days overdue at step %i by %s',
      (days, stepIndex, channel) => {
        expect(decide({ position: overdue(days) })).toMatchObject({
          kind: 'contact',
          channel,
          daysOverdue: days,
          stepIndex,
        })
      },
    )

    it('should not act on an item that is not due yet', () => {
      expect(decide({ position: overdue(-1) })).toEqual({
        kind: 'skip',
        amountOverdue: 0,
        daysOverdue: null,
        reason: 'not-overdue',
        stepIndex: null,
      })
    })

    it('should not act on an apartment with nothing open or in credit', () => {
      expect(decide({ position: overdue(10, 0, { openItems: [] }) })).toMatchObject({
        reason: 'not-overdue',
      })
      expect(decide({ position: overdue(40, 5_000, { balance: -200 }) })).toMatchObject({
        reason: 'not-overdue',
      })
    })

    it.each([
      [9, null],
      [10, 0],
      [19, 0],
      [20, 1],
      [44, 1],
      [45, 2],
    ])('should apply days thresholds: %i days overdue is step %p', (days, stepIndex) => {
      const byDays: DunningPolicy = {
        ...policy,
        steps: [10, 20, 45].map((minDaysOverdue) =>
          step({ threshold: { type: 'days', minDaysOverdue } }),
        ),
      }
      const decision = decide({ policy: byDays, position: overdue(days) })
      if (stepIndex === null)
        expect(decision).toMatchObject({
          kind: 'skip',
          daysOverdue: days,
          reason: 'no-step',
          stepIndex: null,
        })
      else expect(decision).toMatchObject({ kind: 'contact', stepIndex })
    })

    it('should skip no-step for a policy without steps', () => {
      expect(decide({ policy: { ...policy, steps: [] } })).toMatchObject({ reason: 'no-step' })
    })

    it('should measure from the oldest unpaid item and chase only what is overdue', () => {
      const position = overdue(40, 3_000, {
        balance: 8_000,
        openItems: [
          { amount: 3_000, dueDate: daysAgo(40) },
          { amount: 5_000, dueDate: daysAgo(-3) },
        ],
      })
      expect(decide({ position })).toMatchObject({
        kind: 'contact',
        amountOverdue: 3_000,
        daysOverdue: 40,
        stepIndex: 1,
      })
    })
  })

  describe('minimum balance', () => {
    it('should act on exactly the minimum', () => {
      expect(decide({ position: overdue(10, 1_000) })).toMatchObject({
        kind: 'contact',
        amountOverdue: 1_000,
      })
    })

    it('should skip one cent below the minimum', () => {
      expect(decide({ position: overdue(10, 999) })).toMatchObject({
        kind: 'skip',
        amountOverdue: 999,
        reason: 'below-minimum',
      })
    })

    it('should compare the overdue amount, not a balance that is mostly not due yet', () => {
      const position = overdue(70, 500, {
        balance: 50_500,
        openItems: [
          { amount: 500, dueDate: daysAgo(70) },
          { amount: 50_000, dueDate: daysAgo(-10) },
        ],
      })
      expect(decide({ position })).toMatchObject({ reason: 'below-minimum' })
    })

    it('should not call a clean apartment below the minimum when the minimum is zero', () => {
      expect(
        decide({
          policy: { ...policy, minimumBalance: 0 },
          position: overdue(10, 0, { openItems: [] }),
        }),
      ).toMatchObject({
        reason: 'not-overdue',
      })
    })
  })

  describe('frequency', () => {
    it('should allow a repeat exactly the minimum days after the last contact of the step', () => {
      expect(decide({ history: [sent(0, 7)] })).toMatchObject({ kind: 'contact', stepIndex: 0 })
    })

    it('should skip a repeat one day sooner', () => {
      expect(decide({ history: [sent(0, 6)] })).toEqual({
        kind: 'skip',
        amountOverdue: 10_000,
        daysOverdue: 10,
        reason: 'contacted-too-recently',
        stepIndex: 0,
      })
    })

    it("should measure from the step's own last contact, not another step's", () => {
      expect(decide({ history: [sent(0, 1)], position: overdue(31) })).toMatchObject({
        kind: 'contact',
        stepIndex: 1,
      })
    })

    it('should measure from the latest contact of the step, whatever the order of the history', () => {
      expect(decide({ history: [sent(0, 3), sent(0, 9)], position: overdue(20) })).toMatchObject({
        reason: 'max-contacts',
      })
      const relaxed: DunningPolicy = {
        ...policy,
        steps: [step({ maxContacts: 5, threshold: { type: 'days', minDaysOverdue: 0 } })],
      }
      expect(
        decide({ history: [sent(0, 3), sent(0, 9)], policy: relaxed, position: overdue(20) }),
      ).toMatchObject({
        reason: 'contacted-too-recently',
      })
    })

    it('should not repeat a step and channel within the same month, whose idempotency key is already used', () => {
      const everyDay: DunningPolicy = {
        ...policy,
        steps: [
          step({
            maxContacts: 10,
            minDaysBetweenContacts: 0,
            threshold: { type: 'days', minDaysOverdue: 0 },
          }),
        ],
      }
      expect(decide({ history: [sent(0, 2)], policy: everyDay })).toMatchObject({
        reason: 'contacted-too-recently',
      })
      expect(decide({ history: [sent(0, 3)], policy: everyDay })).toMatchObject({ kind: 'contact' })
      expect(decide({ history: [sent(0, 2, { channel: 'sms' })], policy: everyDay })).toMatchObject(
        { kind: 'contact' },
      )
    })
  })

  describe('max contacts', () => {
    it('should skip when the step has had its maximum contacts', () => {
      expect(decide({ history: [sent(0, 20), sent(0, 10)], position: overdue(25) })).toMatchObject({
        kind: 'skip',
        reason: 'max-contacts',
        stepIndex: 0,
      })
    })

    it("should move on once the next step's threshold is reached", () => {
      expect(decide({ history: [sent(0, 20), sent(0, 10)], position: overdue(31) })).toMatchObject({
        kind: 'contact',
        stepIndex: 1,
      })
    })

    it('should stop at the last step once it is used up', () => {
      expect(decide({ history: [sent(3, 30)], position: overdue(150) })).toMatchObject({
        reason: 'max-contacts',
        stepIndex: 3,
      })
    })

    it('should start afresh when the debt the earlier contacts were about has been paid', () => {
      expect(decide({ history: [sent(0, 40), sent(0, 35)], position: overdue(25) })).toMatchObject({
        kind: 'contact',
        stepIndex: 0,
      })
    })

    it("should ignore other policies' and other apartments' contacts", () => {
      const history = [sent(0, 20, { policyId: 2 }), sent(0, 10, { apartmentId: 12 })]
      expect(decide({ history, position: overdue(25) })).toMatchObject({
        kind: 'contact',
        stepIndex: 0,
      })
    })

    it('should count contacts of the step whatever channel they went by', () => {
      expect(
        decide({ history: [sent(0, 20, { channel: 'sms' }), sent(0, 10)], position: overdue(25) }),
      ).toMatchObject({
        reason: 'max-contacts',
      })
    })
  })

  describe('promises to pay', () => {
    it('should pause escalation while a promise is active', () => {
      expect(decide({ promises: [promise({ status: 'active' })] })).toMatchObject({
        kind: 'skip',
        reason: 'promise-active',
        stepIndex: 0,
      })
    })

    it('should trust the stored status: an active promise past its grace still pauses until promiseStatus settles it', () => {
      expect(
        decide({ promises: [promise({ dueDate: daysAgo(30), status: 'active' })] }),
      ).toMatchObject({ reason: 'promise-active' })
    })

    it("should ignore another apartment's promise", () => {
      expect(decide({ promises: [promise({ apartmentId: 12 })] })).toMatchObject({
        kind: 'contact',
      })
    })

    it.each(['kept', 'cancelled'] as const)(
      'should escalate by thresholds after a %s promise',
      (status) => {
        expect(
          decide({
            history: [sent(0, 15)],
            position: overdue(20),
            promises: [promise({ resolvedOn: daysAgo(2), status })],
          }),
        ).toMatchObject({
          kind: 'contact',
          stepIndex: 0,
        })
      },
    )

    it('should resume at the step after the last one contacted when a promise breaks', () => {
      const broken = promise({ resolvedOn: daysAgo(2), status: 'broken' })
      expect(
        decide({ history: [sent(0, 15)], position: overdue(20), promises: [broken] }),
      ).toMatchObject({
        kind: 'contact',
        channel: 'sms',
        stepIndex: 1,
      })
    })

    it('should stay on the resumed step afterwards rather than climb one step per run', () => {
      const broken = promise({ resolvedOn: daysAgo(9), status: 'broken' })
      expect(
        decide({ history: [sent(0, 20), sent(1, 8)], position: overdue(25), promises: [broken] }),
      ).toMatchObject({
        kind: 'contact',
        stepIndex: 1,
      })
    })

    it('should keep a later threshold when it is higher than the resume step', () => {
      const broken = promise({ resolvedOn: daysAgo(2), status: 'broken' })
      expect(
        decide({ history: [sent(0, 15)], position: overdue(65), promises: [broken] }),
      ).toMatchObject({ stepIndex: 2 })
    })

    it('should resume no further than the last step', () => {
      const broken = promise({ resolvedOn: daysAgo(2), status: 'broken' })
      const history = [sent(3, 40, { channel: 'letter' })]
      expect(
        decide({
          history,
          policy: { ...policy, steps: policy.steps.map((s) => ({ ...s, maxContacts: 3 })) },
          position: overdue(100),
          promises: [broken],
        }),
      ).toMatchObject({
        kind: 'contact',
        stepIndex: 3,
      })
    })

    it('should date a broken promise without a stored day the day after its due date plus grace', () => {
      // Due 5 days ago with 2 days' grace: broken 2 days ago, after the contact 3 days ago.
      const history = [sent(0, 3, { sentAt: `${daysAgo(3)}T09:30:00.000Z` })]
      expect(
        decide({ history, position: overdue(20), promises: [promise({ status: 'broken' })] }),
      ).toMatchObject({ stepIndex: 1 })
    })

    it('should let thresholds alone decide when nothing was contacted before the promise broke', () => {
      expect(
        decide({
          position: overdue(20),
          promises: [promise({ resolvedOn: daysAgo(2), status: 'broken' })],
        }),
      ).toMatchObject({ stepIndex: 0 })
    })

    it('should forget a promise broken before the current arrears began', () => {
      const old = promise({
        dueDate: daysAgo(45),
        madeOn: daysAgo(50),
        resolvedOn: daysAgo(40),
        status: 'broken',
      })
      expect(
        decide({ history: [sent(1, 50)], position: overdue(20), promises: [old] }),
      ).toMatchObject({ kind: 'contact', stepIndex: 0 })
    })
  })

  describe('channel and contact data', () => {
    it("should use the step's channel and address the owner there", () => {
      expect(decide({})).toMatchObject({ channel: 'email', to: 'maria@example.com' })
      expect(decide({ position: overdue(40) })).toMatchObject({
        channel: 'sms',
        to: '+30 210 000 0000',
      })
      expect(decide({ position: overdue(70) })).toMatchObject({
        channel: 'letter',
        to: 'Ermou 1, Athens',
      })
      const inApp: DunningPolicy = {
        ...policy,
        steps: [step({ channel: 'in-app', threshold: { type: 'days', minDaysOverdue: 0 } })],
      }
      expect(decide({ policy: inApp })).toMatchObject({ channel: 'in-app', to: '42' })
    })

    it('should skip no-contact-data rather than fall back to another channel', () => {
      const position = overdue(10, 10_000, {
        owner: { email: null, name: 'Maria', phone: '+30 210 000 0000' },
      })
      expect(decide({ position })).toMatchObject({
        kind: 'skip',
        reason: 'no-contact-data',
        stepIndex: 0,
      })
    })

    it('should treat a blank address as missing', () => {
      expect(
        decide({ position: overdue(10, 10_000, { owner: { ...owner, email: '   ' } }) }),
      ).toMatchObject({ reason: 'no-contact-data' })
      expect(
        decide({ position: overdue(70, 10_000, { owner: { ...owner, postalAddress: '' } }) }),
      ).toMatchObject({ reason: 'no-contact-data' })
    })
  })

  describe('order of skip reasons', () => {
    it('should report no-step before a promise that pauses nothing', () => {
      const later: DunningPolicy = {
        ...policy,
        steps: [step({ threshold: { type: 'days', minDaysOverdue: 15 } })],
      }
      expect(decide({ policy: later, promises: [promise({})] })).toMatchObject({
        reason: 'no-step',
      })
    })

    it('should report an active promise before max contacts', () => {
      expect(
        decide({
          history: [sent(0, 20), sent(0, 10)],
          position: overdue(25),
          promises: [promise({})],
        }),
      ).toMatchObject({
        reason: 'promise-active',
      })
    })

    it('should report max contacts before missing contact data', () => {
      const position = overdue(25, 10_000, { owner: {} })
      expect(decide({ history: [sent(0, 20), sent(0, 10)], position })).toMatchObject({
        reason: 'max-contacts',
      })
    })
  })

  describe('actions', () => {
    it('should charge the late fee and ask for a manager task on the first contact of the step', () => {
      // 5% of 100.10 = 5.005 -> 5.01
      expect(decide({ position: overdue(61, 10_010) })).toMatchObject({
        kind: 'contact',
        action: { isLegalNotice: false, lateFee: 501, shouldCreateManagerTask: true },
        stepIndex: 2,
      })
    })

    it('should not charge again on a repeat contact of the same step', () => {
      const decision = decide({ history: [sent(2, 8)], position: overdue(70) })
      expect(decision).toMatchObject({ kind: 'contact', stepIndex: 2 })
      expect(decision).not.toHaveProperty('action')
    })

    it('should mark every contact of a legal-notice step', () => {
      const twice: DunningPolicy = {
        ...policy,
        steps: policy.steps.map((s, index) => (index === 3 ? { ...s, maxContacts: 2 } : s)),
      }
      expect(decide({ policy: twice, position: overdue(100) })).toMatchObject({
        action: { isLegalNotice: true, lateFee: 0 },
      })
      expect(
        decide({ history: [sent(3, 8)], policy: twice, position: overdue(100) }),
      ).toMatchObject({ action: { isLegalNotice: true } })
    })

    it('should have no action on a step without one', () => {
      expect(decide({})).not.toHaveProperty('action')
    })

    it('should charge a fixed fee as it is', () => {
      const fixed: DunningPolicy = {
        ...policy,
        steps: [
          step({
            action: { lateFee: { type: 'fixed', amount: 1_500 } },
            threshold: { type: 'days', minDaysOverdue: 0 },
          }),
        ],
      }
      expect(decide({ policy: fixed })).toMatchObject({
        action: { lateFee: 1_500, shouldCreateManagerTask: false },
      })
    })
  })
})
