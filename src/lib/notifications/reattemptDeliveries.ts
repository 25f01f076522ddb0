import type { Payload } from 'payload'

import { poolOf } from '../db/poolOf'
import { SEND_CONCURRENCY } from './constants'
import { deliverNotification } from './deliverNotification'
import { mapWithConcurrency } from './mapWithConcurrency'
import type { DeliveryRecord } from './types'

/**
 * Attempts the given deliveries again now, each through `deliverNotification`'s atomic claim, so
 * one that the queue is retrying at the same moment is still sent once. Sent, delivered and
 * letter deliveries are left alone. `reviveUnsent` is for an operator's replay: a delivery the
 * retries gave up on (`dead`) that never reached the provider gets another chance; one the
 * provider accepted and then reported bounced stays dead.
 */
export const reattemptDeliveries = async ({
  deliveryIds,
  payload,
  reviveUnsent = false,
}: {
  deliveryIds: readonly number[]
  payload: Payload
  reviveUnsent?: boolean
}): Promise<DeliveryRecord[]> => {
  if (deliveryIds.length === 0) return []
  if (reviveUnsent) {
    await poolOf(payload).query(
      `update deliveries set status = 'failed', updated_at = now()
        where id = any($1::int[]) and status = 'dead' and sent_at is null and channel <> 'letter'`,
      [deliveryIds],
    )
  }
  const results = await mapWithConcurrency({
    items: deliveryIds,
    limit: SEND_CONCURRENCY,
    work: (deliveryId) => deliverNotification({ deliveryId, payload }),
  })
  return results.flatMap((result) => (result.delivery ? [result.delivery] : []))
}
