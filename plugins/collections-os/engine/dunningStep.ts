import { daysPastDue } from '../../../src/ledger/engine/agingBucket'
import { periodOf, shiftDate } from '../../../src/ledger/engine/officeCalendar'
import { arrears } from './arrears'
import { lateFee } from './lateFee'
import type { SkipReason } from './skipReasons'
import { stepThresholdDays } from './stepThresholdDays'
import type {
  ApartmentPosition,
  ContactAction,
  ContactRecord,
  DunningChannel,
  DunningDecision,
  DunningPolicy,
  EscalationStep,
  OwnerContact,
  PromiseToPay,
} from './types'

export type DunningStepInput = {
  asOf: string
  /** This apartment's contacts; other apartments' and other policies' entries are ignored. */
  history: readonly ContactRecord[]
  policy: DunningPolicy
  position: ApartmentPosition
  /** This apartment's promises, with statuses already settled by `promiseStatus`. */
  promises: readonly PromiseToPay[]
}

/**
 * Decides, for one apartment on `asOf`, the message it gets under `policy` or why it gets none.
 * The checks run in the order of `SKIP_REASONS`; the rules, where the issue leaves room:
 *
 * - Arrears episode. Only contacts sent since the oldest unpaid due date count towards a step's
 *   contacts, frequency and a broken promise's resume point: older ones were about debt that
 *   has been paid since, and letting them count would keep a once-late owner at `max-contacts`
 *   forever. Contacts under another policy are ignored, as their step numbers mean other steps.
 * - Step. The highest step whose threshold the oldest unpaid item has reached. Steps are not
 *   replayed: an apartment first seen at 95 days gets the 90+ message, the one that fits.
 * - Promises. An active promise pauses escalation. Its status is trusted as stored: telling kept
 *   from broken needs the payments, which is `promiseStatus`'s job and the executor settles
 *   promises before planning; guessing "broken" from dates alone could escalate an owner who
 *   paid on time. A promise broken during this episode makes the step at least the one after
 *   the last step contacted before it broke (capped at the last step); with no contact before
 *   it there is nothing to resume from and thresholds alone decide. Kept and cancelled promises
 *   change nothing.
 * - Max contacts. A step that has had `maxContacts` contacts this episode skips `max-contacts`
 *   until the next step's threshold is reached (the step then changes by itself).
 * - Frequency. A step may repeat when at least `minDaysBetweenContacts` days have passed since
 *   its last contact: exactly that many is allowed, so "every 7 days" means every week and a
 *   weekly run never slips to fortnightly. A step's contact also counts as too recent when the
 *   same step and channel was already contacted this month: the idempotency key holds a month,
 *   so the executor could not send it, and the plan must not count it as contacted.
 * - Channel. Always the step's channel; the owner's preferred channel is not a fallback. The
 *   channel is part of the escalation (a legal notice must be a letter), templates are written
 *   for it (an SMS is short), the stored preference defaults to email and so rarely records a
 *   real choice, and a silent switch would hide missing contact data that `no-contact-data`
 *   shows the office in every run. Only the owner is written to: the debt is the owner's, and
 *   telling an occupant about it would disclose it to a third party.
 * - Action. A late fee and a manager task come with the first contact of a step in an episode
 *   only (reaching a stage of lateness costs once, reminders do not); the legal-notice flag
 *   describes every message of its step. Fees are computed on the overdue amount.
 */
export const dunningStep = ({
  asOf,
  history,
  policy,
  position,
  promises,
}: DunningStepInput): DunningDecision => {
  const { amountOverdue, daysOverdue, since } = arrears({ asOf, position })
  const skip = (reason: SkipReason, stepIndex: null | number = null): DunningDecision => ({
    kind: 'skip',
    amountOverdue,
    daysOverdue,
    reason,
    stepIndex,
  })
  if (daysOverdue === null || since === null || amountOverdue <= 0) return skip('not-overdue')
  if (amountOverdue < policy.minimumBalance) return skip('below-minimum')

  const contacts = history.filter(
    (contact) =>
      contact.apartmentId === position.apartmentId &&
      contact.policyId === policy.id &&
      dayOf(contact.sentAt) <= asOf,
  )
  const episode = contacts.filter((contact) => dayOf(contact.sentAt) >= since)
  const mine = promises.filter((promise) => promise.apartmentId === position.apartmentId)

  const reached = highestStepReached({ daysOverdue, steps: policy.steps })
  const resumeAt = Math.min(
    brokenPromiseResume({ asOf, episode, promises: mine, since }),
    policy.steps.length - 1,
  )
  const stepIndex = Math.max(reached, resumeAt)
  if (stepIndex < 0) return skip('no-step')
  if (mine.some((promise) => promise.status === 'active')) return skip('promise-active', stepIndex)

  const step = policy.steps[stepIndex]
  const atStep = episode.filter((contact) => contact.stepIndex === stepIndex)
  if (atStep.length >= step.maxContacts) return skip('max-contacts', stepIndex)
  const lastAtStep = atStep.reduce<null | string>(
    (last, contact) => maxDay(last, dayOf(contact.sentAt)),
    null,
  )
  if (lastAtStep !== null && daysPastDue(lastAtStep, asOf) < step.minDaysBetweenContacts)
    return skip('contacted-too-recently', stepIndex)
  const period = periodOf(asOf)
  const isKeyUsed = contacts.some(
    (contact) =>
      contact.stepIndex === stepIndex &&
      contact.channel === step.channel &&
      periodOf(dayOf(contact.sentAt)) === period,
  )
  if (isKeyUsed) return skip('contacted-too-recently', stepIndex)

  const to = recipient({ channel: step.channel, owner: position.owner })
  if (to === null) return skip('no-contact-data', stepIndex)

  const action = contactAction({ amountOverdue, isFirstAtStep: atStep.length === 0, step })
  return {
    kind: 'contact',
    ...(action ? { action } : {}),
    amountOverdue,
    channel: step.channel,
    daysOverdue,
    stepIndex,
    to,
  }
}

const dayOf = (date: string) => date.slice(0, 10)

const maxDay = (a: null | string, b: string) => (a === null || b > a ? b : a)

/** Later by day; on the same day the higher step is the later one (escalation only goes up). */
const isLater = (a: ContactRecord, b: ContactRecord) =>
  dayOf(a.sentAt) > dayOf(b.sentAt) ||
  (dayOf(a.sentAt) === dayOf(b.sentAt) && a.stepIndex > b.stepIndex)

const highestStepReached = ({
  daysOverdue,
  steps,
}: {
  daysOverdue: number
  steps: readonly EscalationStep[]
}) => {
  let reached = -1
  steps.forEach((step, index) => {
    if (stepThresholdDays(step.threshold) <= daysOverdue) reached = index
  })
  return reached
}

/** The step after the last one contacted before a promise of this episode broke; -1 for none. */
const brokenPromiseResume = ({
  asOf,
  episode,
  promises,
  since,
}: {
  asOf: string
  episode: readonly ContactRecord[]
  promises: readonly PromiseToPay[]
  since: string
}) => {
  let resumeAt = -1
  for (const promise of promises) {
    if (promise.status !== 'broken') continue
    // Without a stored day, a promise breaks the day after its last due date plus grace.
    const brokenOn = promise.resolvedOn
      ? dayOf(promise.resolvedOn)
      : shiftDate(promise.dueDate, promise.graceDays + 1)
    if (brokenOn < since || brokenOn > asOf) continue
    const last = episode
      .filter((contact) => dayOf(contact.sentAt) < brokenOn)
      .reduce<ContactRecord | null>(
        (latest, contact) => (latest === null || isLater(contact, latest) ? contact : latest),
        null,
      )
    if (last !== null) resumeAt = Math.max(resumeAt, last.stepIndex + 1)
  }
  return resumeAt
}

const recipient = ({
  channel,
  owner,
}: {
  channel: DunningChannel
  owner: OwnerContact
}): null | string => {
  const value = {
    email: owner.email,
    'in-app': owner.portalUserId,
    letter: owner.postalAddress,
    sms: owner.phone,
  }[channel]
  const text = value === null || value === undefined ? '' : String(value).trim()
  return text === '' ? null : text
}

const contactAction = ({
  amountOverdue,
  isFirstAtStep,
  step,
}: {
  amountOverdue: number
  isFirstAtStep: boolean
  step: EscalationStep
}): ContactAction | null => {
  const rule = step.action
  if (!rule) return null
  const action: ContactAction = {
    isLegalNotice: rule.isLegalNotice === true,
    lateFee: isFirstAtStep && rule.lateFee ? lateFee({ amountOverdue, rule: rule.lateFee }) : 0,
    shouldCreateManagerTask: isFirstAtStep && rule.shouldCreateManagerTask === true,
  }
  return action.isLegalNotice || action.lateFee > 0 || action.shouldCreateManagerTask
    ? action
    : null
}
