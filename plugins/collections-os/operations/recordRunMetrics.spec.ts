import { metrics } from '../../../src/lib/metrics/registry'
import { SKIP_REASONS } from '../engine/skipReasons'
import type { SkipReason } from '../engine/skipReasons'
import { recordReminderDeliveries, recordRunMetrics } from './recordRunMetrics'

const skipped = (counts: Partial<Record<SkipReason, number>>) =>
  Object.fromEntries(SKIP_REASONS.map((reason) => [reason, counts[reason] ?? 0])) as Record<
    SkipReason,
    number
  >

/** The registry's current value of one series (0 when it has none yet). */
const valueOf = async (
  metric: {
    get: () => Promise<{
      values: { labels: Record<string, unknown>; metricName?: string; value: number }[]
    }>
  },
  labels: Record<string, string>,
  metricName?: string,
) =>
  (await metric.get()).values.find(
    (v) =>
      (!metricName || v.metricName === metricName) &&
      Object.entries(labels).every(([key, value]) => v.labels[key] === value),
  )?.value ?? 0

const runCount = (labels: Record<string, string>) =>
  valueOf(metrics.dunningRunDuration, labels, 'dunning_run_duration_seconds_count')
const runSum = (labels: Record<string, string>) =>
  valueOf(metrics.dunningRunDuration, labels, 'dunning_run_duration_seconds_sum')
const events = (labels: Record<string, string>) => valueOf(metrics.dunningEvents, labels)

describe('recordRunMetrics', () => {
  it('should time a completed run and count its events by outcome and skip reason', async () => {
    const labels = { dry_run: 'false', outcome: 'completed' }
    const [countBefore, sumBefore] = [await runCount(labels), await runSum(labels)]
    const [sentBefore, belowBefore] = [
      await events({ outcome: 'sent', skip_reason: 'none' }),
      await events({ skip_reason: 'below-minimum' }),
    ]

    recordRunMetrics({
      counters: { contacted: 3, skipped: skipped({ 'below-minimum': 2 }) },
      durationSeconds: 2.5,
      isDryRun: false,
      outcome: 'completed',
    })

    expect(await runCount(labels)).toBe(countBefore + 1)
    expect(await runSum(labels)).toBeCloseTo(sumBefore + 2.5)
    expect(await events({ outcome: 'sent', skip_reason: 'none' })).toBe(sentBefore + 3)
    expect(await events({ outcome: 'skipped', skip_reason: 'below-minimum' })).toBe(belowBefore + 2)
  })

  it('should time dry runs and failed attempts apart, and count no events for them', async () => {
    const sentBefore = await events({ outcome: 'sent', skip_reason: 'none' })
    const dryBefore = await runCount({ dry_run: 'true', outcome: 'completed' })
    const deadBefore = await runCount({ dry_run: 'false', outcome: 'dead-letter' })

    recordRunMetrics({
      counters: { contacted: 4, skipped: skipped({}) },
      durationSeconds: 0.4,
      isDryRun: true,
      outcome: 'completed',
    })
    recordRunMetrics({
      counters: { contacted: 4, skipped: skipped({}) },
      durationSeconds: 40,
      isDryRun: false,
      outcome: 'dead-letter',
    })
    recordRunMetrics({ durationSeconds: 1, isDryRun: false, outcome: 'failed' })

    expect(await runCount({ dry_run: 'true', outcome: 'completed' })).toBe(dryBefore + 1)
    expect(await runCount({ dry_run: 'false', outcome: 'dead-letter' })).toBe(deadBefore + 1)
    expect(await events({ outcome: 'sent', skip_reason: 'none' })).toBe(sentBefore)
  })
})

describe('recordReminderDeliveries', () => {
  it('should count reminders by channel and status after the send', async () => {
    const sentBefore = await valueOf(metrics.dunningReminders, { channel: 'email', status: 'sent' })
    const failedBefore = await valueOf(metrics.dunningReminders, {
      channel: 'email',
      status: 'failed',
    })
    recordReminderDeliveries({
      deliveries: [
        { channel: 'email', status: 'sent' },
        { channel: 'email', status: 'sent' },
        { channel: 'email', status: 'failed' },
      ],
    })
    expect(await valueOf(metrics.dunningReminders, { channel: 'email', status: 'sent' })).toBe(
      sentBefore + 2,
    )
    expect(await valueOf(metrics.dunningReminders, { channel: 'email', status: 'failed' })).toBe(
      failedBefore + 1,
    )
  })
})
