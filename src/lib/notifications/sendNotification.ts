import type { Payload, PayloadRequest } from 'payload'

import { sendNotifications } from './sendNotifications'
import type { NotificationMessage, SendResult } from './types'

/**
 * Sends one message on one channel, at most once per `idempotencyKey`: the delivery row is
 * written `queued` before the send, and a second call with the same key (after this one, or
 * while it runs) sends nothing and returns that delivery with `isDuplicate: true`. The outcome
 * (`sent`, `delivered`, `failed`, or `queued` for a letter) is on the returned delivery; a failed
 * send does not throw, `deliverNotification` retries it.
 */
export const sendNotification = async ({
  message,
  payload,
  req,
}: {
  message: NotificationMessage
  payload: Payload
  req?: Pick<PayloadRequest, 'headers'>
}): Promise<SendResult> => (await sendNotifications({ messages: [message], payload, req }))[0]
