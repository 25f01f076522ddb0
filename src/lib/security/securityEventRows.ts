import { isRowId } from '../db/rowId'
import { SECURITY_EVENT_KINDS } from './kinds'
import type { SecurityEventKind } from './kinds'

/** A detail value: flat and small, so a row never carries a request body or a stack. */
export type SecurityEventDetail = Record<string, boolean | null | number | string>

/** One event as the emitters describe it (`recordSecurityEvents`). */
export type SecurityEventInput = {
  /** The account's key (`accountKeyOf`): a hash prefix of the e-mail, never the e-mail. */
  accountKey?: null | string
  address?: null | string
  detail?: SecurityEventDetail
  kind: SecurityEventKind
  officeId?: null | number
  userId?: null | number
}

/** The row as the INSERT's JSON document names its columns. */
export type SecurityEventRow = {
  account_key: null | string
  actor_id: null | number
  address: null | string
  detail: SecurityEventDetail
  kind: SecurityEventKind
  tenant_id: null | number
  trace_id: null | string
}

const MAX_DETAIL_KEYS = 12
const MAX_TEXT = 200
// An IPv6 address with a zone is under 64 characters; anything longer is not an address.
const MAX_ADDRESS = 64
// `accountKeyOf` gives 32 hex characters; a value of another shape (a raw e-mail) is dropped.
const ACCOUNT_KEY = /^[0-9a-f]{16,64}$/

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text)

const detailOf = (detail: SecurityEventDetail | undefined): SecurityEventDetail => {
  const entries = Object.entries(detail ?? {}).slice(0, MAX_DETAIL_KEYS)
  return Object.fromEntries(
    entries
      .filter(([, value]) => value === null || typeof value !== 'object')
      .map(([key, value]) => [
        clip(key, 40),
        typeof value === 'string'
          ? clip(value, MAX_TEXT)
          : typeof value === 'number' && !Number.isFinite(value)
            ? null
            : value,
      ]),
  )
}

/**
 * The rows to insert for `events`, each stamped with the current trace id: unknown kinds are
 * dropped, ids that no row can have become null, text is clipped, the detail stays flat. Whatever
 * an emitter passes, the INSERT cannot fail on a value. Pure.
 */
export const securityEventRows = (
  events: readonly SecurityEventInput[],
  traceId: null | string,
): SecurityEventRow[] =>
  events
    .filter((event) => (SECURITY_EVENT_KINDS as readonly string[]).includes(event.kind))
    .map((event) => ({
      account_key:
        typeof event.accountKey === 'string' && ACCOUNT_KEY.test(event.accountKey)
          ? event.accountKey
          : null,
      actor_id: isRowId(event.userId) ? event.userId : null,
      address:
        typeof event.address === 'string' && event.address !== ''
          ? clip(event.address, MAX_ADDRESS)
          : null,
      detail: detailOf(event.detail),
      kind: event.kind,
      tenant_id: isRowId(event.officeId) ? event.officeId : null,
      trace_id: traceId === null ? null : clip(traceId, 64),
    }))
