import { metrics } from '../../../src/lib/metrics/registry'
import type { DeliveryRecord } from '../../../src/lib/notifications/types'
import type { RUN_STATUSES } from '../constants'
import type { RunCounters } from '../engine/planRun'
import { dunningEventSamples, reminderSamples } from '../engine/runMetricSamples'

/** How a run attempt ended: the run statuses an attempt can leave behind. */
export type RunOutcome = Extract<
  (typeof RUN_STATUSES)[number],
  'completed' | 'dead-letter' | 'failed'
>

/**
 * Records one run attempt on the metrics registry: its duration in `dunning_run_duration_seconds`
 * (by outcome and dry run) and, for a completed real run, its events in `dunning_events_total`.
 * Events are counted when the run completes, from its plan's counters, so a run retried three
 * times before it completes counts its events once. Dry runs write no events and count none; a
 * failed attempt passes no counters.
 */
export const recordRunMetrics = ({
  counters,
  durationSeconds,
  isDryRun,
  outcome,
}: {
  counters?: Pick<RunCounters, 'contacted' | 'skipped'>
  durationSeconds: number
  isDryRun: boolean
  outcome: RunOutcome
}): void => {
  metrics.dunningRunDuration.observe({ dry_run: String(isDryRun), outcome }, durationSeconds)
  if (outcome !== 'completed' || isDryRun || !counters) return
  for (const { labels, value } of dunningEventSamples(counters))
    metrics.dunningEvents.inc(labels, value)
}

/**
 * Records the reminders a run attempt sent or sent again, by channel and the delivery's status
 * right after the attempt (`sent`, `delivered` for in-app, `failed`, `queued` for letters) in
 * `dunning_reminders_total`. Pass each delivery the attempt itself tried: new sends (results
 * that are not duplicates) and re-attempts; a delivery an earlier attempt already counted and
 * this one left alone must not be passed again.
 */
export const recordReminderDeliveries = ({
  deliveries,
}: {
  deliveries: readonly Pick<DeliveryRecord, 'channel' | 'status'>[]
}): void => {
  for (const { labels, value } of reminderSamples(deliveries))
    metrics.dunningReminders.inc(labels, value)
}
