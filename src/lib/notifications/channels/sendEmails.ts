import type { Payload } from 'payload'

import { EMAIL_CONNECTIONS } from '../constants'
import { mapWithConcurrency } from '../mapWithConcurrency'
import type { AttemptOutcome, DeliveryRecord } from '../types'
import { errorMessage } from './errorMessage'

/**
 * E-mail through Payload's adapter (nodemailer: SMTP, or the dev capture). One message per
 * recipient, as many at a time as the SMTP pool has connections. `sent` means the SMTP server
 * accepted it; its `messageId` is the provider id.
 */
export const sendEmails = ({
  deliveries,
  payload,
}: {
  deliveries: DeliveryRecord[]
  payload: Payload
}): Promise<AttemptOutcome[]> =>
  mapWithConcurrency({
    items: deliveries,
    limit: EMAIL_CONNECTIONS,
    work: async (delivery): Promise<AttemptOutcome> => {
      try {
        const info = (await payload.sendEmail({
          subject: delivery.subject ?? '',
          text: delivery.body ?? '',
          to: delivery.recipient,
        })) as { messageId?: string } | undefined
        return { providerId: info?.messageId ?? `email-${delivery.id}`, status: 'sent' }
      } catch (err) {
        return { error: errorMessage(err), status: 'failed' }
      }
    },
  })
