import type { DeliveryChannel, DeliveryStatus } from './constants'

/**
 * What a caller asks to send. `idempotencyKey` is the natural key of the message (for example
 * `office:policy:apartment:step:channel:period`): a second send with the same key sends nothing
 * and returns the first delivery. For in-app messages `subject` is the title and `apartment`
 * is required; `to` names the recipient (an address, a phone number, a user id).
 */
export type NotificationMessage = {
  apartment?: null | number
  body: string
  building?: null | number
  channel: DeliveryChannel
  idempotencyKey: string
  subject: string
  tenant: number
  to: string
}

/** A `deliveries` row as the notification code reads it (ids, not populated documents). */
export type DeliveryRecord = {
  id: number
  apartment: null | number
  attempts: number
  body: null | string
  building: null | number
  channel: DeliveryChannel
  createdAt: string
  deliveredAt: null | string
  error: null | string
  idempotencyKey: string
  lastAttemptAt: null | string
  providerId: null | string
  recipient: string
  sentAt: null | string
  status: DeliveryStatus
  subject: null | string
  tenant: number
  traceId: null | string
}

/**
 * The answer to one message: its delivery as it is now, whether an earlier send had already made
 * it (`isDuplicate`), and whether this send attempted it (new, or resumed because it was unsent).
 */
export type SendResult = { delivery: DeliveryRecord; isAttempted: boolean; isDuplicate: boolean }

/** How one attempt ended, before it is written to the delivery. */
export type AttemptOutcome =
  { error: string; status: 'failed' } | { providerId: string; status: 'delivered' | 'sent' }
