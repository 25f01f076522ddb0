import { signWebhook, verifyWebhookSignature } from './webhookSignature'

const secret = 'office-secret-0123456789'
const body = '{"eventId":"evt_1","amount":1000}'
const now = 1_800_000_000

describe('webhook signature', () => {
  it('should accept a signature made with the office secret', () => {
    const header = signWebhook({ body, secret, timestamp: now })
    expect(verifyWebhookSignature({ body, header, nowSeconds: now + 10, secret })).toEqual({
      ok: true,
    })
  })

  it('should refuse a changed body, another secret, or no signature', () => {
    const header = signWebhook({ body, secret, timestamp: now })
    expect(
      verifyWebhookSignature({
        body: body.replace('1000', '9000'),
        header,
        nowSeconds: now,
        secret,
      }).ok,
    ).toBe(false)
    expect(
      verifyWebhookSignature({ body, header, nowSeconds: now, secret: 'another-secret-0123456' })
        .ok,
    ).toBe(false)
    expect(verifyWebhookSignature({ body, header: null, nowSeconds: now, secret })).toEqual({
      ok: false,
      reason: 'missing signature',
    })
  })

  it('should refuse malformed headers', () => {
    for (const header of ['v1=abc', 't=x,v1=' + 'a'.repeat(64), `t=${now},v1=zz`, 'garbage']) {
      expect(verifyWebhookSignature({ body, header, nowSeconds: now, secret }).ok).toBe(false)
    }
  })

  it('should refuse a signature older or newer than five minutes', () => {
    const header = signWebhook({ body, secret, timestamp: now })
    expect(verifyWebhookSignature({ body, header, nowSeconds: now + 301, secret })).toEqual({
      ok: false,
      reason: 'stale signature',
    })
    expect(verifyWebhookSignature({ body, header, nowSeconds: now - 301, secret }).ok).toBe(false)
    expect(verifyWebhookSignature({ body, header, nowSeconds: now + 300, secret }).ok).toBe(true)
  })
})
