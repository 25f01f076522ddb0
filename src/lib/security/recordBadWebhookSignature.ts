import type { PayloadRequest } from 'payload'

import { requestAddress } from '../rateLimits/requestAddress'
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
        address: requestAddress(req.headers),
        detail: { endpoint, reason },
        kind: 'webhook-bad-signature',
        officeId,
      },
    ],
    payload: req.payload,
  })
