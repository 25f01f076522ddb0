import type { Payload } from 'payload'

import { createInAppNotifications } from './channels/createInAppNotifications'
import { sendEmails } from './channels/sendEmails'
import { sendSms } from './channels/sendSms'
import type { DeliveryChannel } from './constants'
import type { AttemptOutcome, DeliveryRecord } from './types'

type Sender = (args: {
  deliveries: DeliveryRecord[]
  payload: Payload
}) => Promise<AttemptOutcome[]>

// Letters have no sender: they stay `queued` until the office prints and posts them.
const senders: Record<Exclude<DeliveryChannel, 'letter'>, Sender> = {
  email: sendEmails,
  'in-app': createInAppNotifications,
  sms: sendSms,
}

/**
 * Sends claimed deliveries through their channels, each channel's share at once, and returns how
 * each attempt ended. Never throws for a failed send: a failure is an outcome to record.
 */
export const dispatchDeliveries = async ({
  deliveries,
  payload,
}: {
  deliveries: DeliveryRecord[]
  payload: Payload
}): Promise<{ delivery: DeliveryRecord; outcome: AttemptOutcome }[]> => {
  const results = await Promise.all(
    Object.entries(senders).map(async ([channel, send]) => {
      const share = deliveries.filter((delivery) => delivery.channel === channel)
      if (share.length === 0) return []
      const outcomes = await send({ deliveries: share, payload })
      return share.map((delivery, index) => ({ delivery, outcome: outcomes[index] }))
    }),
  )
  return results.flat()
}
