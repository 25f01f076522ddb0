import type { DeliveryChannel, DeliveryStatus } from '../../../src/lib/notifications/constants'
import type { RunCounters } from './planRun'
import { SKIP_REASONS } from './skipReasons'
import type { SkipReason } from './skipReasons'

/** Counter increments: the labels of one series and how much to add to it. */
export type Sample<L> = { labels: L; value: number }

export type DunningEventLabels =
  { outcome: 'sent'; skip_reason: 'none' } | { outcome: 'skipped'; skip_reason: SkipReason }

export type ReminderLabels = { channel: DeliveryChannel; status: DeliveryStatus }

/**
 * A run's events as increments of `dunning_events_total`: contacts as `sent` (skip reason
 * `none`), skips under their reason. Only the known `SKIP_REASONS` become label values, so the
 * series stay bounded whatever the counters hold; zero counts add nothing.
 */
export const dunningEventSamples = (
  counters: Pick<RunCounters, 'contacted' | 'skipped'>,
): Sample<DunningEventLabels>[] => {
  const samples: Sample<DunningEventLabels>[] = [
    { labels: { outcome: 'sent', skip_reason: 'none' }, value: counters.contacted },
  ]
  for (const reason of SKIP_REASONS) {
    samples.push({
      labels: { outcome: 'skipped', skip_reason: reason },
      value: counters.skipped[reason] ?? 0,
    })
  }
  return samples.filter((sample) => sample.value > 0)
}

/** Reminder send attempts as increments of `dunning_reminders_total`, one per channel and status. */
export const reminderSamples = (
  deliveries: readonly ReminderLabels[],
): Sample<ReminderLabels>[] => {
  const counts = new Map<string, Sample<ReminderLabels>>()
  for (const { channel, status } of deliveries) {
    const key = `${channel}:${status}`
    const sample = counts.get(key) ?? { labels: { channel, status }, value: 0 }
    sample.value += 1
    counts.set(key, sample)
  }
  return [...counts.values()]
}
