import { dunningEventSamples, reminderSamples } from './runMetricSamples'
import { SKIP_REASONS } from './skipReasons'
import type { SkipReason } from './skipReasons'

const skipped = (counts: Partial<Record<SkipReason, number>>) =>
  Object.fromEntries(SKIP_REASONS.map((reason) => [reason, counts[reason] ?? 0])) as Record<
    SkipReason,
    number
  >

describe('dunningEventSamples', () => {
  it('should count contacts as sent and each skip under its reason, leaving zeros out', () => {
    expect(
      dunningEventSamples({
        contacted: 3,
        skipped: skipped({ 'below-minimum': 2, 'promise-active': 1 }),
      }),
    ).toEqual([
      { labels: { outcome: 'sent', skip_reason: 'none' }, value: 3 },
      { labels: { outcome: 'skipped', skip_reason: 'below-minimum' }, value: 2 },
      { labels: { outcome: 'skipped', skip_reason: 'promise-active' }, value: 1 },
    ])
  })

  it('should add nothing for a run that evaluated nobody', () => {
    expect(dunningEventSamples({ contacted: 0, skipped: skipped({}) })).toEqual([])
  })

  it('should never turn an unknown reason into a label value', () => {
    const counters = {
      contacted: 0,
      skipped: { ...skipped({ 'no-step': 1 }), 'made-up': 5 } as Record<SkipReason, number>,
    }
    expect(dunningEventSamples(counters)).toEqual([
      { labels: { outcome: 'skipped', skip_reason: 'no-step' }, value: 1 },
    ])
  })
})

describe('reminderSamples', () => {
  it('should count deliveries per channel and status', () => {
    expect(
      reminderSamples([
        { channel: 'email', status: 'sent' },
        { channel: 'email', status: 'failed' },
        { channel: 'email', status: 'sent' },
        { channel: 'letter', status: 'queued' },
      ]),
    ).toEqual([
      { labels: { channel: 'email', status: 'sent' }, value: 2 },
      { labels: { channel: 'email', status: 'failed' }, value: 1 },
      { labels: { channel: 'letter', status: 'queued' }, value: 1 },
    ])
  })
})
