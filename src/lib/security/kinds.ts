export const SECURITY_EVENTS_SLUG = 'security-events'

/**
 * What a security event can be (a closed list: the view, the metric label and the database enum
 * are all this list, so a new kind is a migration):
 * - `login-failed`: a sign-in with a wrong e-mail or password.
 * - `login-rate-limited`: a sign-in refused by its limits (`login-*` policies).
 * - `rate-limited`: any other policy refused a request (password resets, the API, GraphQL,
 *   webhooks, public links).
 * - `refresh-reuse`: a refresh token presented again after it was rotated (NC-501).
 * - `webhook-bad-signature`: a payment webhook or delivery status callback failed its signature.
 * - `public-link-refused`: a signed public link that did not open (the reason is in the detail).
 * - `forbidden`: an answer of 403 (on REST and GraphQL).
 * - `cross-office`: a 404 (or a 403 to a write by id) for an id that exists in an office the
 *   caller is not a member of.
 */
export const SECURITY_EVENT_KINDS = [
  'login-failed',
  'login-rate-limited',
  'rate-limited',
  'refresh-reuse',
  'webhook-bad-signature',
  'public-link-refused',
  'forbidden',
  'cross-office',
] as const

export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number]

/** Rows older than this are pruned daily (docs/security/security-events.md says why 90). */
export const SECURITY_EVENT_RETENTION_DAYS = 90
