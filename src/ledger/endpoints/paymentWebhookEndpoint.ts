import { createLocalReq } from 'payload'
import type { Endpoint } from 'payload'

import { errorResponse } from '../../lib/http/errors'
import { metrics } from '../../lib/metrics/registry'
import { recordBadWebhookSignature } from '../../lib/security/recordBadWebhookSignature'
import { validationErrorResponse, zodFieldErrors } from '../../lib/validation/validationError'
import { verifyWebhookSignature } from '../../lib/webhooks/webhookSignature'
import { recordWebhookPayment } from '../operations/recordWebhookPayment'
import { paymentEvent } from './paymentEvent'

const WEBHOOK_OFFICE_HEADER = 'x-office'
const WEBHOOK_SIGNATURE_HEADER = 'x-signature'

/**
 * `POST /api/payments/webhook`: a payment provider reports money received. The office is named by
 * the `X-Office` header (its slug); the body is signed with that office's secret. Unknown office
 * and bad signature both answer 401 so a caller learns nothing about which offices exist.
 */
export const paymentWebhookEndpoint: Endpoint = {
  handler: async (req) => {
    const end = metrics.webhookDuration.startTimer()
    const answer = (response: Response, outcome: string) => {
      end({ outcome })
      return response
    }
    const raw = await req.text!()
    const slug = req.headers.get(WEBHOOK_OFFICE_HEADER) ?? ''
    const { docs } = await req.payload.find({
      collection: 'offices',
      depth: 0,
      limit: 1,
      pagination: false,
      req,
      select: { currency: true, paymentWebhookSecret: true },
      where: { slug: { equals: slug } },
    })
    const office = docs[0]
    const check = office?.paymentWebhookSecret
      ? verifyWebhookSignature({
          body: raw,
          header: req.headers.get(WEBHOOK_SIGNATURE_HEADER),
          nowSeconds: Math.floor(Date.now() / 1000),
          secret: office.paymentWebhookSecret,
        })
      : { ok: false as const, reason: 'unknown office' }
    if (!check.ok) {
      // The caller learns nothing (not even whether the office exists); the log keeps the reason.
      req.payload.logger.warn({ msg: `payment webhook rejected: ${check.reason}`, office: slug })
      await recordBadWebhookSignature({
        endpoint: 'payment-webhook',
        officeId: office?.id ?? null,
        reason: check.reason,
        req,
      })
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
    const parsed = paymentEvent.safeParse(json)
    if (!parsed.success)
      return answer(validationErrorResponse(zodFieldErrors(parsed.error)), 'malformed')

    // Past the signature the provider acts as the system: its writes are not a user's writes.
    const systemReq = await createLocalReq(
      {
        context: {
          actor: 'webhook:payment-provider',
          idempotencyKey: `payment-event:${parsed.data.eventId}`,
        },
      },
      req.payload,
    )
    const result = await recordWebhookPayment({
      event: parsed.data,
      office: { currency: office.currency, id: office.id },
      rawPayload: json,
      req: systemReq,
    })
    const headers = result.outcome === 'replay' ? { 'Idempotent-Replayed': 'true' } : undefined
    return answer(Response.json(result.body, { headers, status: result.status }), result.outcome)
  },
  method: 'post',
  path: '/webhook',
}
