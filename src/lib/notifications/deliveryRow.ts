import type { DeliveryChannel, DeliveryStatus } from './constants'
import type { DeliveryRecord } from './types'

/** A `deliveries` row as PostgreSQL returns it. */
export type DeliveryRow = {
  id: number
  apartment_id: null | number
  attempts: number | string
  body: null | string
  building_id: null | number
  channel: DeliveryChannel
  created_at: Date
  delivered_at: Date | null
  error: null | string
  idempotency_key: string
  last_attempt_at: Date | null
  provider_id: null | string
  recipient: string
  sent_at: Date | null
  status: DeliveryStatus
  subject: null | string
  tenant_id: number
  trace_id: null | string
}

const iso = (value: Date | null) => (value ? value.toISOString() : null)

/** Maps a raw row to the camelCase record the API returns (`attempts` is `numeric` in the table). */
export const deliveryFromRow = (row: DeliveryRow): DeliveryRecord => ({
  id: row.id,
  apartment: row.apartment_id,
  attempts: Number(row.attempts),
  body: row.body,
  building: row.building_id,
  channel: row.channel,
  createdAt: row.created_at.toISOString(),
  deliveredAt: iso(row.delivered_at),
  error: row.error,
  idempotencyKey: row.idempotency_key,
  lastAttemptAt: iso(row.last_attempt_at),
  providerId: row.provider_id,
  recipient: row.recipient,
  sentAt: iso(row.sent_at),
  status: row.status,
  subject: row.subject,
  tenant: row.tenant_id,
  traceId: row.trace_id,
})
