import { defineTask } from '../queue/defineTask'
import type { Payload } from 'payload'

import { enqueue } from '../queue/enqueue'
import { activeQueueClient } from '../queue/queueSingleton'
import { deliverNotification } from './deliverNotification'
import { markDeliveryDead } from './markDeliveryDead'
import type { DeliveryRecord } from './types'

export const DELIVER_NOTIFICATION_TASK = 'notifications.deliver'

/**
 * Retries one failed delivery with exponential backoff (30 s, 1 min, 2 min, ... five retries);
 * after the last failed attempt the delivery is marked `dead`, visible for an operator to resend.
 * Safe to run twice: `deliverNotification` does nothing for a delivery that was sent meanwhile.
 */
export const deliverNotificationTask = defineTask<{ deliveryId: number }>({
  name: DELIVER_NOTIFICATION_TASK,
  handler: async ({ data, job, payload }) => {
    const { delivery } = await deliverNotification({ deliveryId: data.deliveryId, payload })
    if (delivery?.status !== 'failed') return { status: delivery?.status ?? 'missing' }
    if (job.retryCount >= job.retryLimit) {
      await markDeliveryDead({
        deliveryId: data.deliveryId,
        error: delivery.error ?? undefined,
        payload,
      })
      return { status: 'dead' }
    }
    throw new Error(`delivery ${data.deliveryId} failed: ${delivery.error ?? 'unknown error'}`)
  },
  retryBackoff: true,
  retryDelaySeconds: 30,
  retryLimit: 5,
})

/**
 * Queues the retry of failed deliveries, one job per delivery and attempt (a second call for the
 * same failure adds nothing; a later failure of the same delivery, after a resume, gets its own
 * retries). Where this process runs no queue (tests, one-off scripts) the deliveries stay
 * `failed`, visible, and the next resume or `deliverNotification` attempts them; that is logged,
 * not thrown, because the send itself was recorded.
 */
export const retryFailedDeliveries = async ({
  deliveries,
  payload,
}: {
  deliveries: readonly Pick<DeliveryRecord, 'attempts' | 'id'>[]
  payload: Payload
}): Promise<number> => {
  if (deliveries.length === 0) return 0
  const client = await activeQueueClient().catch(() => null)
  if (!client) {
    payload.logger.warn({
      msg: `no queue in this process: ${deliveries.length} failed deliveries wait for a retry`,
    })
    return 0
  }
  for (const delivery of deliveries) {
    await enqueue({
      client,
      data: { deliveryId: delivery.id },
      key: `delivery:${delivery.id}:${delivery.attempts}`,
      name: DELIVER_NOTIFICATION_TASK,
    })
  }
  return deliveries.length
}
