import type { Payload } from 'payload'

import { readEnv } from '../../env'
import { SEND_CONCURRENCY } from '../constants'
import { mapWithConcurrency } from '../mapWithConcurrency'
import { smsProviderFor } from '../sms/smsProviderFor'
import type { AttemptOutcome, DeliveryRecord } from '../types'
import { errorMessage } from './errorMessage'

/** SMS through the provider `SMS_PROVIDER` names (default `log`: logged, not sent). */
export const sendSms = ({
  deliveries,
  payload,
}: {
  deliveries: DeliveryRecord[]
  payload: Payload
}): Promise<AttemptOutcome[]> => {
  const provider = smsProviderFor({ name: readEnv().smsProvider, payload })
  return mapWithConcurrency({
    items: deliveries,
    limit: SEND_CONCURRENCY,
    work: async (delivery): Promise<AttemptOutcome> => {
      try {
        const { providerId } = await provider.send({
          body: delivery.body ?? '',
          to: delivery.recipient,
        })
        return { providerId, status: 'sent' }
      } catch (err) {
        return { error: errorMessage(err), status: 'failed' }
      }
    },
  })
}
