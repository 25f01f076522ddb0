import { sendNotifications } from '../../../src/lib/notifications/sendNotifications'
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
 * per key `bulk:<jobId>:<apartmentId>`), which sends each once and, when the batch runs again (a
 * retried item, a crashed worker), attempts again exactly the messages no provider accepted;
 * then the items' outcomes in the batch's transaction. A message that could not be sent fails
 * its item (the notifications' own retry keeps trying it; retrying the item resumes it at once).
 * The delivery rows commit on their own, because a sent e-mail cannot roll back.
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

  const outcomes: ItemOutcome[] = []
  const failures: ItemFailure[] = []
  items.forEach((item, index) => {
    const { delivery } = sent[index]
    if (isHandedOver(delivery)) {
      outcomes.push({
        amount: item.preview.before,
        effectIds: [delivery.id],
        effectType: 'deliveries',
        item,
        status: 'succeeded',
      })
    } else {
      failures.push({
        code: 'delivery-failed',
        itemId: item.id,
        message: delivery.error ?? `delivery ${delivery.id} is ${delivery.status}`,
      })
    }
  })
  const counts = await completeItems({ db, job, outcomes, req })
  return { ...counts, failed: await recordItemFailures({ db, failures, job, req }) }
}
