import type { Payload } from 'payload'

import { ATTEMPT_LEASE_SECONDS } from './constants'
import { deliveryFromRow } from './deliveryRow'
import type { DeliveryRow } from './deliveryRow'
import { dispatchDeliveries } from './dispatchDeliveries'
import { findDeliveries } from './findDeliveries'
import { poolOf } from '../db/poolOf'
import { recordOutcomes } from './recordOutcomes'
import type { DeliveryRecord } from './types'

/**
 * Takes one attempt at a delivery, atomically: a `failed` one, or a `queued` one whose last
 * attempt is older than the lease (its process died mid-send). Two callers racing for the same
 * row get it once; `sent`, `delivered`, `dead`, letters and held rows are not touched.
 */
const claim = async (payload: Payload, deliveryId: number): Promise<DeliveryRecord | null> => {
  const { rows } = await poolOf(payload).query<DeliveryRow>(
    `update deliveries
        set status = 'queued', attempts = attempts + 1, last_attempt_at = now(), updated_at = now()
      where id = $1
        and channel <> 'letter'
        and (status = 'failed'
          or (status = 'queued' and (last_attempt_at is null or last_attempt_at < now() - make_interval(secs => $2))))
    returning *`,
    [deliveryId, ATTEMPT_LEASE_SECONDS],
  )
  return rows[0] ? deliveryFromRow(rows[0]) : null
}

/**
 * (Re)attempts one delivery: the queue's task handler. A no-op (`attempted: false`) for a
 * delivery that is sent, delivered, dead, a letter, or being attempted right now; `delivery` is
 * null for an unknown id. After an attempt, `delivery.status` says how it went: the handler
 * throws on `failed` so the queue retries with backoff, and calls `markDeliveryDead` after the
 * last retry.
 */
export const deliverNotification = async ({
  deliveryId,
  payload,
}: {
  deliveryId: number
  payload: Payload
}): Promise<{ attempted: boolean; delivery: DeliveryRecord | null }> => {
  const claimed = await claim(payload, deliveryId)
  if (!claimed) {
    const [delivery] = await findDeliveries({ ids: [deliveryId], payload })
    return { attempted: false, delivery: delivery ?? null }
  }
  const outcomes = await dispatchDeliveries({ deliveries: [claimed], payload })
  const [delivery] = await recordOutcomes({ outcomes, payload })
  return { attempted: true, delivery }
}
