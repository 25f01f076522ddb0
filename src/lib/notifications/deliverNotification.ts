import type { Payload } from 'payload'

import { claimDeliveries } from './claimDeliveries'
import { dispatchDeliveries } from './dispatchDeliveries'
import { findDeliveries } from './findDeliveries'
import { recordOutcomes } from './recordOutcomes'
import type { DeliveryRecord } from './types'

/**
 * (Re)attempts one delivery: the queue's retry task (`deliverNotificationTask`). A no-op
 * (`attempted: false`) for a delivery that is sent, delivered, dead, a letter, or being attempted
 * right now (`claimDeliveries`); `delivery` is null for an unknown id. After an attempt,
 * `delivery.status` says how it went: the task throws on `failed` so the queue retries with
 * backoff, and marks it dead after the last retry.
 */
export const deliverNotification = async ({
  deliveryId,
  payload,
}: {
  deliveryId: number
  payload: Payload
}): Promise<{ attempted: boolean; delivery: DeliveryRecord | null }> => {
  const [claimed] = await claimDeliveries({ ids: [deliveryId], isDeadRevived: false, payload })
  if (!claimed) {
    const [delivery] = await findDeliveries({ ids: [deliveryId], payload })
    return { attempted: false, delivery: delivery ?? null }
  }
  const outcomes = await dispatchDeliveries({ deliveries: [claimed], payload })
  const [delivery] = await recordOutcomes({ outcomes, payload })
  return { attempted: true, delivery }
}
