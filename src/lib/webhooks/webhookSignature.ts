import { createHmac, timingSafeEqual } from 'node:crypto'

/** How far the signed timestamp may be from now: limits replays of a captured request. */
const SIGNATURE_TOLERANCE_SECONDS = 300

export type SignatureCheck = { ok: true } | { ok: false; reason: string }

/** The `X-Signature` value a provider sends: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export const signWebhook = ({
  body,
  secret,
  timestamp,
}: {
  body: string
  secret: string
  timestamp: number
}): string =>
  `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`

/**
 * Checks a webhook signature over the raw body with the shared secret (an office's payment
 * webhook secret, the notification provider's secret), in constant time, and refuses timestamps
 * outside the tolerance. Shared by every signed webhook, so all providers sign the same way.
 */
export const verifyWebhookSignature = ({
  body,
  header,
  nowSeconds,
  secret,
}: {
  body: string
  header: null | string | undefined
  nowSeconds: number
  secret: string
}): SignatureCheck => {
  if (!header) return { ok: false, reason: 'missing signature' }
  const parts = Object.fromEntries(
    header.split(',').map((part) => {
      const [key, ...value] = part.trim().split('=')
      return [key, value.join('=')]
    }),
  )
  const timestamp = Number(parts.t)
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(parts.v1 ?? '')) {
    return { ok: false, reason: 'malformed signature' }
  }
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS)
    return { ok: false, reason: 'stale signature' }
  const expected = Buffer.from(signWebhook({ body, secret, timestamp }).split('v1=')[1], 'hex')
  const given = Buffer.from(parts.v1, 'hex')
  return timingSafeEqual(expected, given)
    ? { ok: true }
    : { ok: false, reason: 'signature mismatch' }
}
