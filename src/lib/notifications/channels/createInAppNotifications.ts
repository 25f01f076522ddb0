import type { Payload } from 'payload'

import { poolOf } from '../../db/poolOf'
import type { AttemptOutcome, DeliveryRecord } from '../types'
import { errorMessage } from './errorMessage'

/**
 * In-app messages: one `notifications` row per delivery, inserted in one statement. The row is
 * the delivery, so the outcome is `delivered` with the notification's id as provider id. The
 * unique `delivery` column makes a retry find the row it made before instead of adding a second.
 */
export const createInAppNotifications = async ({
  deliveries,
  payload,
}: {
  deliveries: DeliveryRecord[]
  payload: Payload
}): Promise<AttemptOutcome[]> => {
  if (deliveries.length === 0) return []
  try {
    const pool = poolOf(payload)
    const column = <T>(pick: (delivery: DeliveryRecord) => T) => deliveries.map(pick)
    await pool.query(
      `insert into notifications (tenant_id, apartment_id, building_id, title, body, delivery_id)
       select * from unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::int[])
       on conflict (delivery_id) do nothing`,
      [
        column((d) => d.tenant),
        column((d) => d.apartment),
        column((d) => d.building),
        column((d) => d.subject ?? ''),
        column((d) => d.body ?? ''),
        column((d) => d.id),
      ],
    )
    const { rows } = await pool.query<{ delivery_id: number; id: number }>(
      'select id, delivery_id from notifications where delivery_id = any($1::int[])',
      [column((d) => d.id)],
    )
    const byDelivery = new Map(rows.map((row) => [row.delivery_id, row.id]))
    return deliveries.map((delivery): AttemptOutcome => {
      const notificationId = byDelivery.get(delivery.id)
      return notificationId === undefined
        ? { error: 'notification row missing after insert', status: 'failed' }
        : { providerId: String(notificationId), status: 'delivered' }
    })
  } catch (err) {
    return deliveries.map(() => ({ error: errorMessage(err), status: 'failed' }))
  }
}
