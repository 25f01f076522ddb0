import type { AgingBucket } from '../../../src/ledger/engine/agingBucket'
import type { MoneyLocale } from '../../../src/lib/money/formatMoney'
import type { DeliveryChannel } from '../../../src/lib/notifications/constants'
import type { SkipReason } from './skipReasons'

/**
 * Plain data the dunning engine decides on. Money is integer cents throughout; dates are office
 * calendar dates (`YYYY-MM-DD`, see `officeToday`), so day counts never depend on the server's
 * time zone.
 */

/** The foundation's delivery channels, so a decision goes to `sendNotification` unchanged. */
export type DunningChannel = DeliveryChannel

export type DunningLocale = MoneyLocale

/** One message text per office locale, with `{owner}`, `{amount}`, `{daysOverdue}`, `{paymentLink}`. */
export type LocalizedTemplate = Record<DunningLocale, string>

/**
 * When a step starts to apply: an aging bucket (from its first day, so `31-60` is 31 days) or a
 * minimum number of days past the oldest unpaid due date. `not-due` is not a threshold: nothing
 * is owed late yet.
 */
export type StepThreshold =
  | { type: 'bucket'; bucket: Exclude<AgingBucket, 'not-due'> }
  | { type: 'days'; minDaysOverdue: number }

/** A fixed fee in cents, or a share of the overdue amount in basis points (100 bp = 1%). */
export type LateFeeRule =
  { type: 'fixed'; amount: number } | { type: 'percent'; basisPoints: number }

/** What a step does besides the message; any combination. */
export type StepAction = {
  isLegalNotice?: boolean
  lateFee?: LateFeeRule
  shouldCreateManagerTask?: boolean
}

export type EscalationStep = {
  action?: StepAction
  channel: DunningChannel
  /** Contacts at this step per arrears episode; then the apartment waits for the next step. */
  maxContacts: number
  /** Days from this step's last contact before it may be repeated (exactly this many is allowed). */
  minDaysBetweenContacts: number
  template: LocalizedTemplate
  threshold: StepThreshold
}

export type DunningPolicy = {
  id: number
  /** `null` for the office default; a building id for that building's override. */
  building: null | number
  isActive: boolean
  /** Cents. Overdue amounts below this are not chased; exactly this amount is. */
  minimumBalance: number
  /** Ordered by threshold, strictly increasing (see `validatePolicy`). */
  steps: EscalationStep[]
  tenant: number
}

/** An unpaid (part of a) charge after FIFO settlement: cents still open and its due date. */
export type OpenItem = { amount: number; dueDate: string }

/**
 * Who the office writes to: the owner, who owes the common charges. Each field is what one
 * channel needs: email, sms (phone), letter (postal address), in-app (the resident's portal user).
 */
export type OwnerContact = {
  email?: null | string
  name?: null | string
  phone?: null | string
  portalUserId?: null | number
  postalAddress?: null | string
}

export type ApartmentPosition = {
  apartmentId: number
  /** Cents owed now: open items minus any credit not yet allocated to them. */
  balance: number
  buildingId: number
  openItems: OpenItem[]
  owner: OwnerContact
}

/** A message that was sent (or handed to the office to post) under a policy. */
export type ContactRecord = {
  apartmentId: number
  channel: DunningChannel
  policyId: number
  /** Office calendar date; a longer ISO timestamp is read by its first ten characters. */
  sentAt: string
  stepIndex: number
}

export type PromiseStatus = 'active' | 'broken' | 'cancelled' | 'kept'

export type Installment = { amount: number; dueDate: string }

export type PromiseToPay = {
  id: number
  /** Cents promised in total. */
  amount: number
  apartmentId: number
  /** The (last) due date. */
  dueDate: string
  /** Days after a due date that payments still count, for bank transfers booked late. */
  graceDays: number
  /** Optional schedule; when present it replaces `amount` and `dueDate` as the promise's terms. */
  installments?: Installment[]
  madeOn: string
  /** The day it became kept, broken or cancelled, as `promiseStatus` reported it. */
  resolvedOn?: null | string
  status: PromiseStatus
}

export type Payment = { amount: number; paidOn: string }

/** What a contact does besides the message. A fee of 0 means no fee. */
export type ContactAction = {
  isLegalNotice: boolean
  lateFee: number
  shouldCreateManagerTask: boolean
}

export type DunningContact = {
  kind: 'contact'
  action?: ContactAction
  /** Cents overdue (due today or earlier, net of unallocated credit). */
  amountOverdue: number
  channel: DunningChannel
  daysOverdue: number
  stepIndex: number
  /** The recipient as `sendNotification` takes it: address, phone, postal address or user id. */
  to: string
}

export type DunningSkip = {
  kind: 'skip'
  amountOverdue: number
  /** `null` when nothing is overdue. */
  daysOverdue: null | number
  reason: SkipReason
  /** The step that would apply, once one does (for the queue's "next step" column). */
  stepIndex: null | number
}

export type DunningDecision = DunningContact | DunningSkip
