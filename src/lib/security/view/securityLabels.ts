import type { SecurityEventKind } from '../kinds'

/** What each kind is called in the view. */
export const KIND_LABELS: Record<SecurityEventKind, string> = {
  'cross-office': "Another office's id",
  forbidden: 'Forbidden (403)',
  'login-failed': 'Failed sign-in',
  'login-rate-limited': 'Sign-in rate-limited',
  'public-link-refused': 'Public link refused',
  'rate-limited': 'Rate-limited',
  'refresh-reuse': 'Refresh token reused',
  'webhook-bad-signature': 'Bad webhook signature',
}

/** Who an event was about: the user's e-mail or number, else the account key, else nobody. Pure. */
export const actorLabel = (event: {
  accountKey: null | string
  actorEmail: null | string
  actorId: null | number
}): string => {
  if (event.actorEmail) return event.actorEmail
  if (event.actorId !== null) return `user #${event.actorId}`
  if (event.accountKey) return `account ${event.accountKey.slice(0, 12)}`
  return '—'
}

/** An event's detail as `key: value` pairs, in a stable order. Pure. */
export const detailLabel = (detail: Record<string, unknown>): string =>
  Object.entries(detail)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}: ${value === null ? '—' : String(value)}`)
    .join(' · ') || '—'
