/** Request header carrying the client's key (IETF draft-ietf-httpapi-idempotency-key-header). */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key'

/** Response header marking a stored response sent again. */
export const REPLAYED_HEADER = 'Idempotent-Replayed'

export const MAX_KEY_LENGTH = 255

/** An in-flight claim older than this belongs to a crashed or stuck request and may be taken over. */
export const DEFAULT_LEASE_SECONDS = 300

/** Keys are kept at least this long; the daily cleanup removes older ones. */
export const RETENTION_HOURS = 24

/** Seconds a client told 409 should wait before retrying. */
export const RETRY_AFTER_SECONDS = 1
