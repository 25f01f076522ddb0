import { shiftDate } from '../../../src/ledger/engine/officeCalendar'
import type { PlanRunInput } from './planRun'
import type { ApartmentPosition, DunningPolicy, EscalationStep } from './types'

/**
 * The engine's test world, shared by the planning and queue specs: an office (7) whose default
 * policy e-mails at 0-30 days and texts at 31-60, and a building (20) with its own policy sending
 * letters from the fifth day. Not a spec: imported by them.
 */
export const AS_OF = '2026-06-03'
const OFFICE = 7

const step = (
  fields: Partial<EscalationStep> & Pick<EscalationStep, 'threshold'>,
): EscalationStep => ({
  channel: 'email',
  maxContacts: 2,
  minDaysBetweenContacts: 7,
  template: { el: 'Οφειλή {amount}', en: 'You owe {amount}' },
  ...fields,
})

/** The office default, its steps allowing `maxContacts` contacts each. */
export const officeDefaultPolicy = ({
  maxContacts = 2,
}: { maxContacts?: number } = {}): DunningPolicy => ({
  id: 1,
  building: null,
  isActive: true,
  minimumBalance: 1_000,
  steps: [
    step({ maxContacts, threshold: { type: 'bucket', bucket: '0-30' } }),
    step({ channel: 'sms', maxContacts, threshold: { type: 'bucket', bucket: '31-60' } }),
  ],
  tenant: OFFICE,
})

/** Building 20's override of `base`: letters from the fifth day. */
export const buildingOverride = (base: DunningPolicy): DunningPolicy => ({
  ...base,
  id: 2,
  building: 20,
  steps: [
    step({
      channel: 'letter',
      maxContacts: base.steps[0].maxContacts,
      threshold: { type: 'days', minDaysOverdue: 5 },
    }),
  ],
})

/** An apartment of building 10 owing 100.00 due `days` before `AS_OF`, its owner with an e-mail and an address. */
export const position = (
  apartmentId: number,
  days: number,
  fields: Partial<ApartmentPosition> = {},
): ApartmentPosition => ({
  apartmentId,
  balance: 10_000,
  buildingId: 10,
  openItems: [{ amount: 10_000, dueDate: shiftDate(AS_OF, -days) }],
  owner: { email: `owner${apartmentId}@example.com`, postalAddress: 'Ermou 1, Athens' },
  ...fields,
})

/** A run's input over `policies` on `AS_OF`, nothing in the history or promised unless given. */
export const runInput = (
  policies: DunningPolicy[],
  fields: Partial<PlanRunInput> = {},
): PlanRunInput => ({
  asOf: AS_OF,
  history: [],
  officeId: OFFICE,
  policies,
  policyId: 1,
  positions: [],
  promises: [],
  ...fields,
})
