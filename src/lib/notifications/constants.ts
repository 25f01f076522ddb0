/** Slugs of the notification collections, shared by the collections, the code and the tests. */
export const DELIVERIES_SLUG = 'deliveries'
export const NOTIFICATIONS_SLUG = 'notifications'

/** How a message reaches its recipient. `letter` is printed and posted by the office. */
export const DELIVERY_CHANNELS = ['email', 'sms', 'in-app', 'letter'] as const

export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number]

/**
 * The life of a delivery. `queued`: written, not sent yet (or an attempt is in flight, see
 * `ATTEMPT_LEASE_SECONDS`); `sent`: the provider accepted it; `delivered`: it reached the
 * recipient (in-app at once, others by a provider receipt); `failed`: the last attempt failed and
 * may be retried; `dead`: no more retries.
 */
export const DELIVERY_STATUSES = ['queued', 'sent', 'delivered', 'failed', 'dead'] as const

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/**
 * An attempt holds a queued delivery this long. A second attempt within it is a no-op (it is
 * sending right now, or about to); after it, a delivery left `queued` by a crashed process may be
 * attempted again. Longer than any provider timeout, so a slow send is never doubled.
 */
export const ATTEMPT_LEASE_SECONDS = 300

/** At most this many rows per INSERT/UPDATE statement of a batched send. */
export const BATCH_SIZE = 1_000

/** SMS of one batch (and deliveries attempted again) in flight at once, so a batch never opens thousands of connections. */
export const SEND_CONCURRENCY = 5

/**
 * A batch's e-mails in flight at once, and the SMTP pool's connections (`emailAdapter`). An SMTP
 * message is a few round trips on its connection; ten connections keep enough of them in flight
 * that a dunning run's sending is bound by CPU, not by waiting (docs/performance/baseline.md), and
 * ten stays within the per-client connection limits SMTP providers set. `maxConnections` in
 * `SMTP_URL` overrides the pool.
 */
export const EMAIL_CONNECTIONS = 10

/** SMS providers `SMS_PROVIDER` may name. `log` writes each SMS to the log and sends nothing. */
export const SMS_PROVIDERS = ['log'] as const

export type SmsProviderName = (typeof SMS_PROVIDERS)[number]
