import { spawnSync } from 'node:child_process'

import { readEnv } from '../../../src/lib/env'
import { signWebhook } from '../../../src/lib/webhooks/webhookSignature'
import { api } from '../../../test/helpers/http'
import { startPayload } from '../../../test/helpers/testPayload'
import { SKIP_REASONS } from '../engine/skipReasons'
import type { SkipReason } from '../engine/skipReasons'
import { recordReminderDeliveries, recordRunMetrics } from '../operations/recordRunMetrics'

/**
 * The Collections OS metrics as Prometheus sees them: recorded through `recordRunMetrics` and
 * `recordReminderDeliveries`, scraped from the real `GET /api/metrics`, and accepted by
 * `promtool check metrics` together with the delivery status callback's counters.
 */
const scrape = () =>
  api<string>('GET', 'metrics', { headers: { authorization: `Bearer ${readEnv().metricsToken}` } })

const skipped = (counts: Partial<Record<SkipReason, number>>) =>
  Object.fromEntries(SKIP_REASONS.map((reason) => [reason, counts[reason] ?? 0])) as Record<
    SkipReason,
    number
  >

beforeAll(async () => {
  // The metrics endpoint is served by the app, which needs Payload up.
  await startPayload()
  recordRunMetrics({
    counters: { contacted: 2, skipped: skipped({ 'promise-active': 1 }) },
    durationSeconds: 3.2,
    isDryRun: false,
    outcome: 'completed',
  })
  recordRunMetrics({ durationSeconds: 0.7, isDryRun: true, outcome: 'failed' })
  recordReminderDeliveries({
    deliveries: [
      { channel: 'email', status: 'sent' },
      { channel: 'email', status: 'failed' },
    ],
  })
  // One signed callback about an id nobody has, so the callback counters have series too.
  const body = JSON.stringify({
    events: [
      {
        at: '2026-03-01T10:00:00Z',
        providerId: '<metrics-probe@provider.test>',
        status: 'delivered',
      },
    ],
  })
  const signature = signWebhook({
    body,
    secret: readEnv().notificationsWebhookSecret as string,
    timestamp: Math.floor(Date.now() / 1000),
  })
  const callback = await api('POST', 'notifications/delivery-status', {
    headers: { 'x-signature': signature },
    rawBody: body,
  })
  expect(callback.status).toBe(200)
})

describe('Collections OS metrics on /api/metrics', () => {
  it('should expose run durations, events by outcome and skip reason, and reminders by channel and status', async () => {
    const { body, status } = await scrape()
    expect(status).toBe(200)
    expect(body).toContain('# TYPE dunning_run_duration_seconds histogram')
    expect(body).toMatch(
      /^dunning_run_duration_seconds_count\{dry_run="false",outcome="completed"\} 1$/m,
    )
    expect(body).toMatch(
      /^dunning_run_duration_seconds_bucket\{le="5",dry_run="false",outcome="completed"\} 1$/m,
    )
    expect(body).toMatch(
      /^dunning_run_duration_seconds_count\{dry_run="true",outcome="failed"\} 1$/m,
    )
    expect(body).toMatch(/^dunning_events_total\{outcome="sent",skip_reason="none"\} 2$/m)
    expect(body).toMatch(
      /^dunning_events_total\{outcome="skipped",skip_reason="promise-active"\} 1$/m,
    )
    expect(body).toMatch(/^dunning_reminders_total\{channel="email",status="failed"\} 1$/m)
    expect(body).toMatch(
      /^notification_status_events_total\{event="delivered",result="unknown"\} 1$/m,
    )
    expect(body).toMatch(/^notification_status_callbacks_total\{outcome="accepted"\} 1$/m)
  })

  it('should pass `promtool check metrics` without problems', async () => {
    const { body } = await scrape()
    const check = spawnSync('promtool', ['check', 'metrics'], { encoding: 'utf8', input: body })
    expect(check.error).toBeUndefined()
    expect({ output: `${check.stdout}${check.stderr}`.trim(), status: check.status }).toEqual({
      output: '',
      status: 0,
    })
  })
})
