import { sendNotifications } from '../../../src/lib/notifications'
import { reattemptDeliveries } from '../../../src/lib/notifications/reattemptDeliveries'
import type { DeliveryRecord } from '../../../src/lib/notifications/types'
import { reminderDeliveryKey } from '../engine/effectKeys'
import { completeItems } from './completeItems'
import type { ItemOutcome } from './completeItems'
import type { ApplyBatch } from './executeItemBatches'
import { recordItemFailures } from './recordItemFailures'
import type { ItemFailure } from './recordItemFailures'

/** Handed to the notifications system: sent, delivered, a letter queued for printing, or an attempt in flight. */
const isHandedOver = (delivery: DeliveryRecord) =>
  delivery.status === 'sent' || delivery.status === 'delivered' || delivery.status === 'queued'

/**
 * One batch of a `reminders` job: the planned messages through `sendNotifications` (one delivery
 * per key `bulk:<jobId>:<apartmentId>`, so a replayed or retried batch never sends twice), a
 * delivery an earlier attempt could not send attempted again, then the items' outcomes in the
 * batch's transaction. A message that could not be sent fails its item (retryable); the delivery
 * rows commit on their own, as `sendNotifications` does, because a sent e-mail cannot roll back.
 */
export const sendReminderItems: ApplyBatch = async ({ db, items, job, req }) => {
  const messages = items.map((item) => ({
    apartment: item.apartmentId,
    body: item.preview.message!.body,
    building: item.buildingId,
    channel: item.preview.message!.channel,
    idempotencyKey: reminderDeliveryKey(job.id, item.apartmentId),
    subject: item.preview.message!.subject,
    tenant: job.tenant,
    to: item.preview.message!.to,
  }))
  const sent = await sendNotifications({ messages, payload: req.payload })
  const unsent = sent.filter(
    (result) =>
      result.isDuplicate &&
      (result.delivery.status === 'failed' || result.delivery.status === 'dead'),
  )
  const retried = await reattemptDeliveries({
    deliveryIds: unsent.map((result) => result.delivery.id),
    payload: req.payload,
    reviveUnsent: true,
  })
  const latest = new Map([
    ...sent.map((result) => [result.delivery.id, result.delivery] as const),
    ...retried.map((delivery) => [delivery.id, delivery] as const),
  ])

  const outcomes: ItemOutcome[] = []
  const failures: ItemFailure[] = []
  items.forEach((item, index) => {
    const delivery = latest.get(sent[index].delivery.id) ?? sent[index].delivery
    if (isHandedOver(delivery))
      outcomes.push({
        amount: item.preview.before,
        effectIds: [delivery.id],
        effectType: 'deliveries',
        item,
        status: 'succeeded',
      })
    else
      failures.push({
        code: 'delivery-failed',
        itemId: item.id,
        message: delivery.error ?? `delivery ${delivery.id} is ${delivery.status}`,
      })
  })
  const counts = await completeItems({ db, job, outcomes, req })
  return { ...counts, failed: await recordItemFailures({ db, failures, job, req }) }
}
