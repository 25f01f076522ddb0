import type { Json } from '../json/canonicalJson'

/** One financial side effect or automation step, as the code that caused it describes it. */
export type AuditEventInput = {
  /** The office (tenant) the event belongs to; each office has its own chain. */
  tenant: number
  /** What happened, `<entity>.<past tense>`, e.g. `payment.recorded`. */
  action: string
  /** Collection slug of the entity, e.g. `payments`. */
  entityType: string
  entityId: number | string
  before?: unknown
  after?: unknown
  idempotencyKey?: string
  /** Who did it when there is no user, or to override the user's e-mail: `system`, `webhook:provider`. */
  actorLabel?: string
}

/** The fields of a stored event the hash covers, exactly as `hashAuditEvent` reads them. */
export type AuditEventContent = {
  action: string
  actorLabel: string
  /** JSON as stored in the jsonb column (`toJsonValue` of what the caller gave). */
  after: Json
  before: Json
  entityId: string
  entityType: string
  idempotencyKey: null | string
  /** ISO 8601 in UTC with milliseconds, as stored (timestamp(3)). */
  occurredAt: string
  sequence: number
  tenant: number
  traceId: string
}

/** A stored event as the chain check sees it. */
export type ChainedAuditEvent = AuditEventContent & { id: number; hash: string; prevHash: string }

export type WrittenAuditEvent = { id: number; hash: string; sequence: number; tenant: number }

export type AuditChainResult =
  | { ok: true; checked: number }
  | { ok: false; brokenAtId: number; reason: string; sequence: number }
