import { Counter, Histogram, Registry } from 'prom-client'

/**
 * The application's Prometheus metrics, one registry per process. Route labels are route
 * patterns (`/api/apartments/:id`), never raw paths, so cardinality stays bounded.
 */
export const registry = new Registry()

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

export const metrics = {
  /** Queue: finished bulk jobs, by action type and outcome (EPIC-B). */
  bulkJobDuration: new Histogram({
    buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900],
    help: 'Duration of bulk jobs in seconds, by action type and outcome',
    labelNames: ['action', 'outcome'] as const,
    name: 'bulk_job_duration_seconds',
    registers: [registry],
  }),
  /** Financial dashboard endpoints (overview, summary, apartment_balances, debt-report). */
  dashboardDuration: new Histogram({
    buckets: SECONDS,
    help: 'Latency of financial dashboard endpoints in seconds',
    labelNames: ['endpoint'] as const,
    name: 'dashboard_request_duration_seconds',
    registers: [registry],
  }),
  /** Notification deliveries by channel and final status (sent, delivered, failed, dead). */
  deliveries: new Counter({
    help: 'Notification deliveries by channel and status',
    labelNames: ['channel', 'status'] as const,
    name: 'notification_deliveries_total',
    registers: [registry],
  }),
  /** Every HTTP request the app answers, labelled by route pattern. */
  httpDuration: new Histogram({
    buckets: SECONDS,
    help: 'HTTP request duration in seconds, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status'] as const,
    name: 'http_request_duration_seconds',
    registers: [registry],
  }),
  /** Payment webhook processing, by outcome (matched, unmatched, replay, rejected). */
  webhookDuration: new Histogram({
    buckets: SECONDS,
    help: 'Payment webhook processing latency in seconds, by outcome',
    labelNames: ['outcome'] as const,
    name: 'webhook_processing_duration_seconds',
    registers: [registry],
  }),
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
