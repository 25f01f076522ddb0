import type { DeliveryChannel, DeliveryStatus } from './constants'

/** What a provider may report about a message it accepted (see `docs/api/notifications-delivery-status.md`). */
export const PROVIDER_EVENT_STATUSES = ['delivered', 'bounced', 'complained', 'failed'] as const

export type ProviderEventStatus = (typeof PROVIDER_EVENT_STATUSES)[number]

/**
 * Channels whose deliveries carry a provider's id. In-app rows keep the notification's id and
 * letters none, so a reported id that happens to equal an in-app notification id never touches it.
 */
export const PROVIDER_CHANNELS = ['email', 'sms'] as const satisfies readonly DeliveryChannel[]

/** The delivery status each report means: bounces and complaints are permanent, a failure transient. */
const EVENT_DELIVERY_STATUS: Record<ProviderEventStatus, DeliveryStatus> = {
  bounced: 'dead',
  complained: 'dead',
  delivered: 'delivered',
  failed: 'failed',
}

/**
 * The only direction provider reports move a delivery: a report that ranks at or below the
 * current status changes nothing. So a late `failed` never undoes `delivered`, nothing revives a
 * `dead` delivery, and a complaint (which comes after delivery) still kills a delivered one.
 * Because the result is the highest-ranked status seen, not the last one received, the order in
 * which reports arrive does not matter.
 */
export const STATUS_PRECEDENCE = [
  'queued',
  'sent',
  'failed',
  'delivered',
  'dead',
] as const satisfies readonly DeliveryStatus[]

/** One report, as the callback body carries it (`at` normalised to UTC ISO 8601). */
export type ProviderEvent = {
  at: string
  providerId: string
  reason?: string
  status: ProviderEventStatus
}

/** The fields of a delivery that reports change. `error` explains the current status. */
export type DeliveryState = {
  deliveredAt: null | string
  error: null | string
  status: DeliveryStatus
}

/** Every report about one provider id folded into one change, applied to its deliveries at once. */
export type StatusChange = DeliveryState & { providerId: string }

const rank = (status: DeliveryStatus): number =>
  (STATUS_PRECEDENCE as readonly DeliveryStatus[]).indexOf(status)

const earliest = (a: null | string, b: null | string): null | string => {
  if (a === null || b === null) return a ?? b
  return Date.parse(b) < Date.parse(a) ? b : a
}

/** The error text a report leaves on the delivery: what happened, then the provider's words. */
const eventError = (event: Pick<ProviderEvent, 'reason' | 'status'>): null | string => {
  if (event.status === 'delivered') return null
  return event.reason ? `${event.status}: ${event.reason}` : event.status
}

/**
 * A delivery after one report (or one folded change). The status moves only forward in
 * `STATUS_PRECEDENCE`, and `error` moves with it, so it always explains the status it sits next
 * to (delivered clears it; the first reason to reach a status is kept). `deliveredAt` is the
 * earliest delivery the provider reported, kept even when a complaint later kills the delivery.
 * Commutative in its effect on status and `deliveredAt`, associative and idempotent: the same
 * report twice is the same state, and a batch can be folded before it is applied.
 */
export const nextDeliveryState = (current: DeliveryState, change: DeliveryState): DeliveryState => {
  const isForward = rank(change.status) > rank(current.status)
  return {
    deliveredAt: earliest(current.deliveredAt, change.deliveredAt),
    error: isForward ? change.error : current.error,
    status: isForward ? change.status : current.status,
  }
}

/** A report as the change it asks for. */
export const changeOf = (event: ProviderEvent): DeliveryState => ({
  deliveredAt: event.status === 'delivered' ? event.at : null,
  error: eventError(event),
  status: EVENT_DELIVERY_STATUS[event.status],
})

// Where a fold starts: the lowest status, which every report outranks.
const NOTHING_REPORTED: DeliveryState = {
  deliveredAt: null,
  error: null,
  status: STATUS_PRECEDENCE[0],
}

// Code-unit order, not localeCompare: the fold must not depend on the server's locale.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const byTimeThenText = (a: ProviderEvent, b: ProviderEvent): number =>
  Date.parse(a.at) - Date.parse(b.at) || compareText(eventError(a) ?? '', eventError(b) ?? '')

/**
 * Folds a batch into one change per provider id, in first-seen order. Reports are taken in time
 * order (then by text), so the reason kept for a status is the earliest report's whatever order
 * the batch lists them in.
 */
export const summarizeStatusEvents = (events: readonly ProviderEvent[]): StatusChange[] => {
  const changes = new Map<string, DeliveryState>()
  for (const event of events)
    changes.set(event.providerId, changes.get(event.providerId) ?? NOTHING_REPORTED)
  for (const event of [...events].sort(byTimeThenText)) {
    changes.set(
      event.providerId,
      nextDeliveryState(changes.get(event.providerId) ?? NOTHING_REPORTED, changeOf(event)),
    )
  }
  return [...changes].map(([providerId, state]) => ({ ...state, providerId }))
}
