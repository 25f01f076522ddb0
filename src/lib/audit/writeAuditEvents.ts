import type { PayloadRequest } from 'payload'

import { executePrepared } from '../db/executePrepared'
import { inTransaction } from '../db/inTransaction'
import { sql } from '../db/transaction'
import type { SQL, SqlExecutor } from '../db/transaction'
import { toJsonValue } from '../json/canonicalJson'
import { currentTraceId, newTraceId } from '../trace/traceContext'
import { GENESIS_HASH, SYSTEM_ACTOR } from './constants'
import { hashAuditEvent } from './hashAuditEvent'
import type { AuditEventContent, AuditEventInput, WrittenAuditEvent } from './types'

/** Events per INSERT: a JSON document of a few megabytes at most. */
const ROWS_PER_INSERT = 5_000

const COLUMNS = sql.raw(
  '"tenant_id", "actor_id", "actor_label", "action", "entity_type", "entity_id", "before", "after", "idempotency_key", "occurred_at", "trace_id", "sequence", "prev_hash", "hash"',
)

type Actor = { actorId: null | number; actorLabel: string }

type Row = { content: AuditEventContent; hash: string; position: number; prevHash: string }

/** One event's row as bound parameters, for the single-event statement. */
const rowValues = (actor: Actor, tenant: number, { content, hash, prevHash }: Row) => sql`(
  ${tenant}, ${actor.actorId}, ${content.actorLabel}, ${content.action}, ${content.entityType}, ${content.entityId},
  ${content.before === null ? null : JSON.stringify(content.before)}::jsonb,
  ${content.after === null ? null : JSON.stringify(content.after)}::jsonb,
  ${content.idempotencyKey}, ${content.occurredAt}::timestamptz, ${content.traceId}, ${content.sequence},
  ${prevHash}, ${hash}
)`

/** One event's row as a record of the batch's JSON document (the stored JSON is the hashed JSON). */
const recordOf = ({ content, hash, prevHash }: Row) => ({
  action: content.action,
  actor_label: content.actorLabel,
  after: content.after,
  before: content.before,
  entity_id: content.entityId,
  entity_type: content.entityType,
  hash,
  idempotency_key: content.idempotencyKey,
  occurred_at: content.occurredAt,
  prev_hash: prevHash,
  sequence: content.sequence,
  trace_id: content.traceId,
})

const actorOf = (user: PayloadRequest['user']): Actor =>
  user && user.collection === 'users'
    ? {
        actorId: Number(user.id),
        actorLabel: (user as { email?: string }).email ?? `users:${user.id}`,
      }
    : { actorId: null, actorLabel: SYSTEM_ACTOR }

const assertValid = (event: AuditEventInput): void => {
  if (!Number.isInteger(event.tenant))
    throw new TypeError(`audit event ${event.action}: tenant must be an office id`)
  if (!event.action || !event.entityType || event.entityId === '' || event.entityId === undefined) {
    throw new TypeError('audit event: action, entityType and entityId are required')
  }
}

/** An office's chain head as `lockChainHead` returns it, with the database clock of that moment. */
export type LockedChainHead = { hash: string; now: string; sequence: string }

/**
 * The statement (or CTE body) that takes an office's chain head row, creating it for a new chain,
 * and returns it as a `LockedChainHead`: `ON CONFLICT DO UPDATE` waits for a concurrent
 * appender's commit and then returns the head it left, whatever the statement's snapshot.
 * `when` (default true) makes it conditional inside a larger statement: false takes no lock.
 * The clock is truncated to what timestamp(3) stores, so the hashed time is the stored time.
 */
export const lockChainHead = (tenant: number, when: SQL = sql`true`): SQL => sql`
  insert into audit_chain_heads (tenant_id, sequence, hash) select ${tenant}, 0, ${GENESIS_HASH} where ${when}
  on conflict (tenant_id) do update set tenant_id = excluded.tenant_id
  returning hash, sequence::text as sequence,
    to_char(date_trunc('milliseconds', clock_timestamp()) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as now`

/**
 * Appends one office's events to its chain, in two statements (one when the caller locked the
 * head in a statement of its own, `lockedHead`). The first takes the office's head
 * row (`audit_chain_heads`), creating it for a new chain: `ON CONFLICT DO UPDATE` waits for a
 * concurrent appender's commit and then returns the head it left, so writers of one office are
 * serialised until the caller's transaction ends and each sees the latest head. The second
 * inserts the events and moves the head in one statement; the unique (tenant, sequence) index
 * backs it all up.
 */
const appendToChain = async ({
  actor,
  db,
  events,
  lockedHead,
  tenant,
  traceId,
}: {
  actor: Actor
  db: SqlExecutor
  events: AuditEventInput[]
  lockedHead?: LockedChainHead
  tenant: number
  traceId: string
}): Promise<WrittenAuditEvent[]> => {
  const head =
    lockedHead ?? (await executePrepared<LockedChainHead>(db, lockChainHead(tenant))).rows[0]
  let prevHash = head.hash
  let sequence = Number(head.sequence)

  const chained: Row[] = events.map((event, position) => {
    sequence += 1
    const content: AuditEventContent = {
      action: event.action,
      actorLabel: event.actorLabel ?? actor.actorLabel,
      after: toJsonValue(event.after),
      before: toJsonValue(event.before),
      entityId: String(event.entityId),
      entityType: event.entityType,
      idempotencyKey: event.idempotencyKey ?? null,
      occurredAt: head.now,
      sequence,
      tenant,
      traceId,
    }
    const row = { content, hash: hashAuditEvent({ content, prevHash }), position, prevHash }
    prevHash = row.hash
    return row
  })

  const written: WrittenAuditEvent[] = new Array(chained.length)
  for (let start = 0; start < chained.length; start += ROWS_PER_INSERT) {
    const chunk = chained.slice(start, start + ROWS_PER_INSERT)
    const last = chunk[chunk.length - 1]
    const moveHead = sql`
      with moved as (
        update audit_chain_heads set sequence = ${last.content.sequence}, hash = ${last.hash} where tenant_id = ${tenant}
      )`
    const inserted =
      chunk.length === 1
        ? // One event (a payment, a status change) is the hot path: a prepared statement of its own.
          await executePrepared<{ id: number; sequence: string }>(
            db,
            sql`${moveHead}
            insert into audit_events (${COLUMNS}) values ${rowValues(actor, tenant, chunk[0])}
            returning "id", "sequence"::text as "sequence"`,
          )
        : // A batch travels as one JSON document: one bind parameter however many rows, where a
          // VALUES list binds 14 per row and the driver and the server handle each of them.
          await db.execute<{ id: number; sequence: string }>(sql`${moveHead}
            insert into audit_events (${COLUMNS})
            select ${tenant}, ${actor.actorId}, actor_label, action, entity_type, entity_id, before, after,
                   idempotency_key, occurred_at, trace_id, sequence, prev_hash, hash
              from json_to_recordset(${JSON.stringify(chunk.map(recordOf))}::json) as x(
                actor_label text, action text, entity_type text, entity_id text, before jsonb, after jsonb,
                idempotency_key text, occurred_at timestamptz, trace_id text, sequence bigint, prev_hash text, hash text)
            returning "id", "sequence"::text as "sequence"`)
    const idBySequence = new Map(inserted.rows.map((row) => [Number(row.sequence), Number(row.id)]))
    for (const row of chunk) {
      written[row.position] = {
        id: idBySequence.get(row.content.sequence)!,
        hash: row.hash,
        sequence: row.content.sequence,
        tenant,
      }
    }
  }
  return written
}

/**
 * Appends audit events to their offices' hash chains, one INSERT per 5,000 events.
 *
 * Atomicity is the caller's: do the side effect and this call inside one transaction on `req`
 * (`inTransaction`), so a rollback leaves neither. Without one, this call opens and commits its own transaction,
 * which keeps the chain whole but not in step with the caller's writes.
 *
 * Each office's chain head is locked from here until the transaction ends: call this as the last
 * step of the transaction, so other writers of the office wait as briefly as possible. The
 * transaction must be READ COMMITTED (Payload's default), so the last event read after the lock
 * is the one committed by the previous writer.
 *
 * Returns the stored events in the order given.
 */
export const writeAuditEvents = async ({
  events,
  lockedHead,
  req,
}: {
  events: AuditEventInput[]
  /** The head of the events' office, locked by the caller earlier in this transaction (`lockChainHead`). */
  lockedHead?: LockedChainHead
  req: PayloadRequest
}): Promise<WrittenAuditEvent[]> => {
  if (events.length === 0) return []
  events.forEach(assertValid)
  if (lockedHead && events.some((event) => event.tenant !== events[0].tenant))
    throw new TypeError('a locked chain head is for the events of one office')
  return inTransaction(req, async (db) => {
    const actor = actorOf(req.user)
    const traceId = currentTraceId() ?? newTraceId()
    const written: WrittenAuditEvent[] = new Array(events.length)
    // Offices in ascending order: two writers that touch the same offices lock them in one order.
    const tenants = [...new Set(events.map((event) => event.tenant))].sort((a, b) => a - b)
    for (const tenant of tenants) {
      const indexes = events.flatMap((event, index) => (event.tenant === tenant ? [index] : []))
      const stored = await appendToChain({
        actor,
        db,
        events: indexes.map((index) => events[index]),
        lockedHead,
        tenant,
        traceId,
      })
      indexes.forEach((index, position) => {
        written[index] = stored[position]
      })
    }
    return written
  })
}

/** `writeAuditEvents` for a single event. */
export const writeAuditEvent = async ({
  event,
  lockedHead,
  req,
}: {
  event: AuditEventInput
  lockedHead?: LockedChainHead
  req: PayloadRequest
}): Promise<WrittenAuditEvent> => (await writeAuditEvents({ events: [event], lockedHead, req }))[0]
