import { ValidationError } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import { metrics } from '../metrics/registry'
import { BATCH_SIZE, DELIVERIES_SLUG } from './constants'
import { retryFailedDeliveries } from './deliverNotificationTask'
import { dispatchDeliveries } from './dispatchDeliveries'
import { findDeliveries } from './findDeliveries'
import { insertDeliveries } from './insertDeliveries'
import { parseMessages } from './parseMessages'
import { recordOutcomes } from './recordOutcomes'
import { resolveScope } from './resolveScope'
import { traceIdOf } from './traceIdOf'
import type { DeliveryRecord, NotificationMessage, SendResult } from './types'

/** A key is global; if another office already holds it, answering with its delivery would leak it. */
const refuseForeignKeys = (
  messages: NotificationMessage[],
  existing: Map<string, DeliveryRecord>,
  offset: number,
) => {
  const errors = messages.flatMap((message, index) => {
    const delivery = existing.get(message.idempotencyKey)
    return delivery && delivery.tenant !== message.tenant
      ? [
          {
            message: 'Already used by another office',
            path: `messages.${offset + index}.idempotencyKey`,
          },
        ]
      : []
  })
  if (errors.length > 0) throw new ValidationError({ collection: DELIVERIES_SLUG, errors })
}

const byKey = (deliveries: DeliveryRecord[]) =>
  new Map(deliveries.map((d) => [d.idempotencyKey, d]))

const sendBatch = async ({
  messages,
  offset,
  payload,
  traceId,
}: {
  messages: NotificationMessage[]
  offset: number
  payload: Payload
  traceId: null | string
}): Promise<SendResult[]> => {
  const resolved = await resolveScope({ messages, payload })
  const keys = [...new Set(resolved.map((m) => m.idempotencyKey))]
  const existing = byKey(await findDeliveries({ idempotencyKeys: keys, payload }))
  refuseForeignKeys(resolved, existing, offset)

  // 1. The rows first: a key that is already there (or wins a race against us) is never sent again.
  const inserted = byKey(
    await insertDeliveries({
      messages: resolved.filter((m) => !existing.has(m.idempotencyKey)),
      payload,
      traceId,
    }),
  )
  const lostRaces = keys.filter((key) => !existing.has(key) && !inserted.has(key))
  for (const delivery of await findDeliveries({ idempotencyKeys: lostRaces, payload })) {
    existing.set(delivery.idempotencyKey, delivery)
  }
  refuseForeignKeys(resolved, existing, offset)

  // 2. Send what this call inserted; 3. record every outcome in bulk. Neither can be undone:
  // a crash between them leaves the row `queued`, and `deliverNotification` retries it after the lease.
  const claimed = [...inserted.values()]
  const outcomes = await dispatchDeliveries({
    deliveries: claimed.filter((d) => d.channel !== 'letter'),
    payload,
  })
  const final = new Map([
    ...existing,
    ...inserted,
    ...byKey(await recordOutcomes({ outcomes, payload })),
  ])
  const letters = claimed.filter((d) => d.channel === 'letter')
  if (letters.length > 0) {
    // One short line per batch: a dunning run can queue thousands of letters, and the print
    // queue is the deliveries table (channel letter, status queued), not the log.
    metrics.deliveries.inc({ channel: 'letter', status: 'queued' }, letters.length)
    const ids = letters.map((letter) => letter.id)
    payload.logger.info({
      deliveryIdRange: [Math.min(...ids), Math.max(...ids)],
      msg: `${letters.length} letter(s) queued for printing`,
    })
  }

  const answered = new Set<string>()
  return resolved.map((message) => {
    const isDuplicate =
      !inserted.has(message.idempotencyKey) || answered.has(message.idempotencyKey)
    answered.add(message.idempotencyKey)
    return { delivery: final.get(message.idempotencyKey) as DeliveryRecord, isDuplicate }
  })
}

/**
 * Sends many messages with a few statements per `BATCH_SIZE` of them, never a Local API call per
 * message: check them all, then per batch insert the `queued` deliveries in one statement, send
 * the new ones, and record the outcomes in one update. Results keep the order of `messages`.
 * A message whose key was sent before comes back with `isDuplicate: true` and is not sent again.
 * Writes commit on their own, outside `req`'s transaction (see `poolOf`). Throws Payload's
 * `ValidationError` for bad messages or a foreign apartment, building or key, before sending any.
 */
export const sendNotifications = async ({
  messages,
  payload,
  req,
}: {
  messages: readonly NotificationMessage[]
  payload: Payload
  req?: Pick<PayloadRequest, 'headers'>
}): Promise<SendResult[]> => {
  const parsed = parseMessages(messages)
  const traceId = traceIdOf(req)
  const results: SendResult[] = []
  for (let offset = 0; offset < parsed.length; offset += BATCH_SIZE) {
    results.push(
      ...(await sendBatch({
        messages: parsed.slice(offset, offset + BATCH_SIZE),
        offset,
        payload,
        traceId,
      })),
    )
  }
  // A failed send is retried by the queue with backoff, then marked dead (deliverNotificationTask).
  const failed = results.filter(
    (result) => !result.isDuplicate && result.delivery.status === 'failed',
  )
  await retryFailedDeliveries({ deliveryIds: failed.map((result) => result.delivery.id), payload })
  return results
}
