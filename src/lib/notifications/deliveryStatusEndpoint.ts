import { createLocalReq } from 'payload'
import type { Endpoint } from 'payload'

import { readEnv } from '../env'
import { errorResponse } from '../http/errors'
import { metrics } from '../metrics/registry'
import { recordBadWebhookSignature } from '../security/recordBadWebhookSignature'
import { validationErrorResponse, zodFieldErrors } from '../validation/validationError'
import { verifyWebhookSignature } from '../webhooks/webhookSignature'
import { applyDeliveryStatusEvents, DELIVERY_STATUS_ACTOR } from './applyDeliveryStatusEvents'
import { deliveryStatusCallback } from './deliveryStatusCallback'

const DELIVERY_STATUS_SIGNATURE_HEADER = 'x-signature'

/**
 * `POST /api/notifications/delivery-status`: the e-mail/SMS provider reports what became of
 * messages it accepted (docs/api/notifications-delivery-status.md). A **collection endpoint on
 * `notifications`** (`path: '/delivery-status'`), not a root endpoint: Payload sends every path
 * under a collection's slug to that collection's endpoints only, so a root endpoint at this path
 * would never be reached.
 *
 * Without `NOTIFICATIONS_WEBHOOK_SECRET` it answers 503 and changes nothing: providers retry a
 * 5xx (and mostly give up on a 4xx), so reports sent before the secret is configured are not
 * lost. `readSecret` is there for tests: the environment is read once per process.
 */
export const createDeliveryStatusEndpoint = ({
  readSecret = () => readEnv().notificationsWebhookSecret,
}: { readSecret?: () => string | undefined } = {}): Endpoint => ({
  handler: async (req) => {
    const answer = (response: Response, outcome: string) => {
      metrics.deliveryStatusCallbacks.inc({ outcome })
      return response
    }
    const secret = readSecret()
    if (!secret) {
      req.payload.logger.error({
        msg: 'delivery status callback refused: NOTIFICATIONS_WEBHOOK_SECRET is not set',
      })
      return answer(
        errorResponse(
          503,
          'Delivery status callbacks are not configured (NOTIFICATIONS_WEBHOOK_SECRET is not set)',
        ),
        'unconfigured',
      )
    }
    const raw = await req.text!()
    const check = verifyWebhookSignature({
      body: raw,
      header: req.headers.get(DELIVERY_STATUS_SIGNATURE_HEADER),
      nowSeconds: Math.floor(Date.now() / 1000),
      secret,
    })
    if (!check.ok) {
      // The caller learns only that it was refused; the log keeps the reason.
      req.payload.logger.warn({ msg: `delivery status callback rejected: ${check.reason}` })
      await recordBadWebhookSignature({ endpoint: 'delivery-status', reason: check.reason, req })
      return answer(errorResponse(401, 'Invalid webhook signature'), 'rejected')
    }

    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch {
      return answer(
        validationErrorResponse([{ message: 'Body must be JSON', path: '(body)' }]),
        'malformed',
      )
    }
    const parsed = deliveryStatusCallback.safeParse(json)
    if (!parsed.success)
      return answer(validationErrorResponse(zodFieldErrors(parsed.error)), 'malformed')

    // Past the signature the provider acts as the system: no user, its own actor in the audit trail.
    const systemReq = await createLocalReq(
      { context: { actor: DELIVERY_STATUS_ACTOR } },
      req.payload,
    )
    const result = await applyDeliveryStatusEvents({ events: parsed.data.events, req: systemReq })
    return answer(Response.json(result, { status: 200 }), 'accepted')
  },
  method: 'post',
  path: '/delivery-status',
})

export const deliveryStatusEndpoint: Endpoint = createDeliveryStatusEndpoint()
