import type { PayloadRequest } from 'payload'

import { readEnv } from '../env'
import { clientAddressOf } from '../rateLimits/clientAddress'
import { recordSecurityEvents } from './recordSecurityEvents'

/**
 * A webhook whose signature did not verify (`payment-webhook`, `delivery-status`): the office
 * when the request named a real one (its admins see who knocks), the caller's address, and why.
 */
export const recordBadWebhookSignature = ({
  endpoint,
  officeId = null,
  reason,
  req,
}: {
  endpoint: 'delivery-status' | 'payment-webhook'
  officeId?: null | number
  reason: string
  req: PayloadRequest
}): Promise<void> =>
  recordSecurityEvents({
    events: [
      {
        address: clientAddressOf(req.headers, readEnv().rateLimits.trustedHops),
        detail: { endpoint, reason },
        kind: 'webhook-bad-signature',
        officeId,
      },
    ],
    payload: req.payload,
  })
