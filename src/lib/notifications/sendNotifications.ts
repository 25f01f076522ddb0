import { ValidationError } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import { metrics } from '../metrics/registry'
import { BATCH_SIZE, DELIVERIES_SLUG } from './constants'
import { retryFailedDeliveries } from './deliverNotificationTask'
import { claimDeliveries, isUnsent } from './claimDeliveries'
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

  // 2. Resume what an earlier call left unsent (a failed attempt, a crashed one past its lease, one
  // the retries gave up on before any provider accepted it), through the same atomic claim.
  const resumed = byKey(
    await claimDeliveries({
      ids: [...existing.values()].filter(isUnsent).map((delivery) => delivery.id),
      isDeadRevived: true,
      payload,
    }),
  )

  // 3. Send what this call inserted or resumed; 4. record every outcome in bulk. Neither can be
  // undone: a crash between them leaves the row `queued`, attempted again after the lease.
  const claimed = [...inserted.values(), ...resumed.values()]
  const outcomes = await dispatchDeliveries({
    deliveries: claimed.filter((d) => d.channel !== 'letter'),
    payload,
  })
  const final = new Map([
    ...existing,
    ...inserted,
    ...byKey(await recordOutcomes({ outcomes, payload })),
  ])
  const letters = [...inserted.values()].filter((d) => d.channel === 'letter')
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
    const key = message.idempotencyKey
    const isFirst = !answered.has(key)
    answered.add(key)
    return {
      delivery: final.get(key) as DeliveryRecord,
      isAttempted: isFirst && (inserted.has(key) || resumed.has(key)),
      isDuplicate: !inserted.has(key) || !isFirst,
    }
  })
}

/**
 * The one way the product sends messages, and the one way it resumes them: many messages with a
 * few statements per `BATCH_SIZE` of them, never a Local API call per message. Check them all,
 * then per batch insert the new keys' `queued` deliveries in one statement, take the next attempt
 * at every earlier delivery of these keys that no provider accepted (`claimDeliveries`, dead ones
 * included), send both, and record the outcomes in one update. So calling it again with the same
 * messages (a retried run, a retried bulk item, an operator's replay) sends exactly what is not
 * sent yet, and never again what a provider accepted. A delivery that fails here is handed to the
 * one retry mechanism, the `notifications.deliver` task (backoff, then `dead`).
 *
 * Results keep the order of `messages`: each delivery as it is now, `isDuplicate` when the key
 * was there before this call, `isAttempted` when this call sent (or tried to send) it. Writes
 * commit on their own, outside `req`'s transaction (see `poolOf`), because a sent message cannot
 * roll back. Throws Payload's `ValidationError` for bad messages or a foreign apartment, building
 * or key, before sending any.
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
  const failed = results.filter((r) => r.isAttempted && r.delivery.status === 'failed')
  await retryFailedDeliveries({ deliveries: failed.map((result) => result.delivery), payload })
  return results
}
