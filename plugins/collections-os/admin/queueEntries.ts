import { agingBucket } from '../../../src/ledger/engine/agingBucket'
import type { AgingBucket } from '../../../src/ledger/engine/agingBucket'
import { arrears } from '../engine/arrears'
import { planRun } from '../engine/planRun'
import type { PlanRunInput } from '../engine/planRun'
import { SKIP_REASONS } from '../engine/skipReasons'
import type { SkipReason } from '../engine/skipReasons'
import type { ContactRecord, DunningChannel } from '../engine/types'

/** What the engine would do for an apartment now: the contact, the reason it holds back, or no policy at all. */
export type NextStep =
  | { channel: DunningChannel; kind: 'contact'; policyId: number; stepIndex: number }
  | { kind: 'no-policy' }
  | { kind: 'skip'; policyId: number; reason: SkipReason; stepIndex: null | number }

/** One status per row: the next step's kind, named by its skip reason when it holds back. */
export type QueueStatus = 'no-policy' | 'to-contact' | SkipReason

/** The queue's status filter: a row status, or `contacted` for rows with any contact on record. */
export const QUEUE_STATUS_FILTERS = [
  'to-contact',
  'contacted',
  ...SKIP_REASONS,
  'no-policy',
] as const

export type QueueStatusFilter = (typeof QUEUE_STATUS_FILTERS)[number]

export type QueueFilters = { bucket?: AgingBucket; buildingId?: number; status?: QueueStatusFilter }

export type LastContact = { channel: DunningChannel; sentOn: string; stepIndex: number }

export type QueueEntry = {
  amountOverdue: number
  apartmentId: number
  balance: number
  /** The bucket of the oldest unpaid item after credits settle the oldest first; `not-due` when nothing is late yet. */
  bucket: AgingBucket
  buildingId: number
  daysOverdue: null | number
  lastContact: LastContact | null
  next: NextStep
  status: QueueStatus
}

/**
 * The collections queue, computed from the same input a run plans with: each apartment's next
 * step is what the policy governing its building would decide today (`planRun` once per policy,
 * so an override and the office default each speak for their own buildings), its bucket that of
 * its oldest unpaid item. Filtered, then sorted with the longest overdue first (then the largest
 * balance), so the page starts with the apartments that need someone most.
 */
export const queueEntries = ({
  filters = {},
  input,
}: {
  filters?: QueueFilters
  input: PlanRunInput
}): QueueEntry[] => {
  const nextSteps = nextStepsOf(input)
  const lastContacts = lastContactsOf(input.history)
  return input.positions
    .map<QueueEntry>((position) => {
      const { amountOverdue, daysOverdue } = arrears({ asOf: input.asOf, position })
      const next = nextSteps.get(position.apartmentId) ?? { kind: 'no-policy' as const }
      return {
        amountOverdue,
        apartmentId: position.apartmentId,
        balance: position.balance,
        bucket: daysOverdue === null ? 'not-due' : agingBucket(daysOverdue),
        buildingId: position.buildingId,
        daysOverdue,
        lastContact: lastContacts.get(position.apartmentId) ?? null,
        next,
        status:
          next.kind === 'contact' ? 'to-contact' : next.kind === 'skip' ? next.reason : 'no-policy',
      }
    })
    .filter((entry) => matches(entry, filters))
    .sort(
      (a, b) =>
        (b.daysOverdue ?? -1) - (a.daysOverdue ?? -1) ||
        b.balance - a.balance ||
        a.apartmentId - b.apartmentId,
    )
}

const matches = (entry: QueueEntry, { bucket, buildingId, status }: QueueFilters) =>
  (bucket === undefined || entry.bucket === bucket) &&
  (buildingId === undefined || entry.buildingId === buildingId) &&
  (status === undefined ||
    (status === 'contacted' ? entry.lastContact !== null : entry.status === status))

const nextStepsOf = (input: PlanRunInput) => {
  const steps = new Map<number, NextStep>()
  for (const policy of input.policies) {
    if (!policy.isActive || policy.tenant !== input.officeId) continue
    const plan = planRun({ ...input, policyId: policy.id })
    for (const contact of plan.contacts) {
      steps.set(contact.apartmentId, {
        channel: contact.channel,
        kind: 'contact',
        policyId: policy.id,
        stepIndex: contact.stepIndex,
      })
    }
    for (const skip of plan.skips) {
      steps.set(skip.apartmentId, {
        kind: 'skip',
        policyId: policy.id,
        reason: skip.reason,
        stepIndex: skip.stepIndex,
      })
    }
  }
  return steps
}

/** The latest contact per apartment; on one day the higher step is the later (escalation only goes up). */
const lastContactsOf = (history: readonly ContactRecord[]) => {
  const latest = new Map<number, LastContact>()
  for (const contact of history) {
    const sentOn = contact.sentAt.slice(0, 10)
    const current = latest.get(contact.apartmentId)
    if (
      !current ||
      sentOn > current.sentOn ||
      (sentOn === current.sentOn && contact.stepIndex > current.stepIndex)
    ) {
      latest.set(contact.apartmentId, {
        channel: contact.channel,
        sentOn,
        stepIndex: contact.stepIndex,
      })
    }
  }
  return latest
}
