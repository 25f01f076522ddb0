import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client'
import type { Metric } from 'prom-client'

import { queueGauges } from './queueGauges'
import type { QueueStatsSource } from './queueGauges'

/**
 * The application's Prometheus metrics, one registry per process. Route labels are route
 * patterns (`/api/apartments/:id`), never raw paths, so cardinality stays bounded.
 *
 * Next.js may evaluate this module once per route bundle in the same process; a module-level
 * `new Registry()` would then split observations across registries and `/api/metrics` would see
 * only its own bundle's. So the registry lives on `globalThis`, and each metric is created once
 * by name on it (a re-evaluated module, or a dev hot reload, reuses the live instance).
 */
type MetricsState = { queueSource: QueueStatsSource; registry: Registry }

const STATE = Symbol.for('building-office.metrics')

const createState = (): MetricsState => {
  const registry = new Registry()
  // Process and Node.js runtime metrics (CPU, memory, event-loop lag, GC), registered once.
  collectDefaultMetrics({ register: registry })
  // Gauges named like counters, which `promtool check metrics` rejects; the same figures stay
  // available by type as `nodejs_active_handles`, `nodejs_active_requests`, `nodejs_active_resources`.
  for (const name of [
    'nodejs_active_handles_total',
    'nodejs_active_requests_total',
    'nodejs_active_resources_total',
  ]) {
    registry.removeSingleMetric(name)
  }
  return { queueSource: {}, registry }
}

const processGlobal = globalThis as typeof globalThis & { [STATE]?: MetricsState }
const state = (processGlobal[STATE] ??= createState())

export const registry = state.registry

/** The metric registered under `name`, created by `create` only the first time in this process. */
const once = <M extends Metric>(name: string, create: () => M): M =>
  (registry.getSingleMetric(name) as M | undefined) ?? create()

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

export const metrics = {
  /** Queue: finished bulk jobs, by action type and outcome (EPIC-B). */
  bulkJobDuration: once(
    'bulk_job_duration_seconds',
    () =>
      new Histogram({
        buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900],
        help: 'Duration of bulk jobs in seconds, by action type and outcome',
        labelNames: ['action', 'outcome'] as const,
        name: 'bulk_job_duration_seconds',
        registers: [registry],
      }),
  ),
  /** Bulk job items by action and the status an execution left them in (succeeded, failed, skipped) (EPIC-B). */
  bulkJobItems: once(
    'bulk_job_items_total',
    () =>
      new Counter({
        help: 'Bulk job items executed, by action type and final status',
        labelNames: ['action', 'status'] as const,
        name: 'bulk_job_items_total',
        registers: [registry],
      }),
  ),
  /** Domain events handed from the outbox to their listeners' queues, by event type. */
  domainEventsDispatched: once(
    'domain_events_dispatched_total',
    () =>
      new Counter({
        help: 'Domain events dispatched from the outbox to their listeners, by type',
        labelNames: ['type'] as const,
        name: 'domain_events_dispatched_total',
        registers: [registry],
      }),
  ),
  /** Deliveries of domain events to listeners, by listener and outcome (handled, skipped, duplicate, missing). */
  domainEventDeliveries: once(
    'domain_event_deliveries_total',
    () =>
      new Counter({
        help: 'Domain events delivered to listeners, by listener and outcome',
        labelNames: ['listener', 'outcome'] as const,
        name: 'domain_event_deliveries_total',
        registers: [registry],
      }),
  ),
  /** Financial dashboard endpoints (overview, summary, apartment_balances, debt-report). */
  dashboardDuration: once(
    'dashboard_request_duration_seconds',
    () =>
      new Histogram({
        buckets: SECONDS,
        help: 'Latency of financial dashboard endpoints in seconds',
        labelNames: ['endpoint'] as const,
        name: 'dashboard_request_duration_seconds',
        registers: [registry],
      }),
  ),
  /** Notification deliveries by channel and final status (sent, delivered, failed, dead). */
  deliveries: once(
    'notification_deliveries_total',
    () =>
      new Counter({
        help: 'Notification deliveries by channel and status',
        labelNames: ['channel', 'status'] as const,
        name: 'notification_deliveries_total',
        registers: [registry],
      }),
  ),
  /** Provider delivery status callbacks, by how the request ended (accepted, rejected, malformed, unconfigured). */
  deliveryStatusCallbacks: once(
    'notification_status_callbacks_total',
    () =>
      new Counter({
        help: 'Delivery status callbacks from the e-mail/SMS provider, by outcome',
        labelNames: ['outcome'] as const,
        name: 'notification_status_callbacks_total',
        registers: [registry],
      }),
  ),
  /** Provider reports in accepted callbacks, by what was reported and what it did (applied, unchanged, unknown). */
  deliveryStatusEvents: once(
    'notification_status_events_total',
    () =>
      new Counter({
        help: 'Delivery status reports from the provider, by reported status and result',
        labelNames: ['event', 'result'] as const,
        name: 'notification_status_events_total',
        registers: [registry],
      }),
  ),
  /**
   * Collections OS: dunning events a real run wrote, by outcome (`sent`, `skipped`) and skip
   * reason (`none` for sent). Bounded by `SKIP_REASONS`. Recorded by the plugin's `recordRunMetrics`.
   */
  dunningEvents: once(
    'dunning_events_total',
    () =>
      new Counter({
        help: 'Dunning events written by runs, by outcome and skip reason',
        labelNames: ['outcome', 'skip_reason'] as const,
        name: 'dunning_events_total',
        registers: [registry],
      }),
  ),
  /** Collections OS: reminders a run sent, by channel and the delivery's status right after the send. */
  dunningReminders: once(
    'dunning_reminders_total',
    () =>
      new Counter({
        help: 'Dunning reminders sent by runs, by channel and delivery status after the send',
        labelNames: ['channel', 'status'] as const,
        name: 'dunning_reminders_total',
        registers: [registry],
      }),
  ),
  /** Collections OS: one observation per run attempt, by outcome (completed, failed, dead-letter) and dry run. */
  dunningRunDuration: once(
    'dunning_run_duration_seconds',
    () =>
      new Histogram({
        // A run plans in SQL and sends five mails at a time: seconds for a small office, minutes
        // for thousands of apartments; the task expires after 30 minutes.
        buckets: [0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800],
        help: 'Duration of dunning runs in seconds, by outcome and dry run',
        labelNames: ['outcome', 'dry_run'] as const,
        name: 'dunning_run_duration_seconds',
        registers: [registry],
      }),
  ),
  /** Every HTTP request the app answers, labelled by route pattern. */
  httpDuration: once(
    'http_request_duration_seconds',
    () =>
      new Histogram({
        buckets: SECONDS,
        help: 'HTTP request duration in seconds, by method, route pattern and status code',
        labelNames: ['method', 'route', 'status'] as const,
        name: 'http_request_duration_seconds',
        registers: [registry],
      }),
  ),
  /** Requests refused by a rate limit, by policy (docs/security/rate-limits.md). */
  rateLimited: once(
    'rate_limited_requests_total',
    () =>
      new Counter({
        help: 'Requests refused with 429 by a rate limit, by policy',
        labelNames: ['policy'] as const,
        name: 'rate_limited_requests_total',
        registers: [registry],
      }),
  ),
  /**
   * Security events recorded, by kind (`SECURITY_EVENT_KINDS`, a closed list: the label stays
   * low-cardinality). Counted by `recordSecurityEvents`, also when the row could not be written.
   */
  securityEvents: once(
    'security_events_total',
    () =>
      new Counter({
        help: 'Security events (failed sign-ins, refusals, bad signatures, probes), by kind',
        labelNames: ['kind'] as const,
        name: 'security_events_total',
        registers: [registry],
      }),
  ),
  /** Payment webhook processing, by outcome (matched, unmatched, replay, rejected). */
  webhookDuration: once(
    'webhook_processing_duration_seconds',
    () =>
      new Histogram({
        buckets: SECONDS,
        help: 'Payment webhook processing latency in seconds, by outcome',
        labelNames: ['outcome'] as const,
        name: 'webhook_processing_duration_seconds',
        registers: [registry],
      }),
  ),
  ...queueGauges({ once, registry, source: state.queueSource }),
}

/**
 * Points the queue gauges at a database (and where to report a failed read). The metrics
 * endpoint calls it with Payload's pool before each scrape, so the gauges follow the live pool.
 */
export const trackQueueStats = (source: QueueStatsSource): void => {
  Object.assign(state.queueSource, source)
}

/** Times `work` into a histogram with the given labels, whether it succeeds or throws. */
export const timed = async <T, L extends string>(
  histogram: Histogram<L>,
  labels: Partial<Record<L, string>>,
  work: () => Promise<T>,
): Promise<T> => {
  const end = histogram.startTimer(labels)
  try {
    return await work()
  } finally {
    end()
  }
}
