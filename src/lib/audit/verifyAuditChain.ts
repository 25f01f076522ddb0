import type { Payload } from 'payload'

import { dbFor, sql } from '../db/transaction'
import { checkChainLink } from './checkChainLink'
import type { AuditChainResult, ChainedAuditEvent } from './types'
import type { Json } from '../json/canonicalJson'

type StoredRow = {
  action: string
  actor_label: string
  after: null | string
  before: null | string
  entity_id: string
  entity_type: string
  hash: string
  id: number | string
  idempotency_key: null | string
  occurred_at: string
  prev_hash: string
  sequence: string
  trace_id: string
}

const parseJson = (text: null | string): Json => (text === null ? null : (JSON.parse(text) as Json))

const toChained = (row: StoredRow, tenant: number): ChainedAuditEvent => ({
  id: Number(row.id),
  action: row.action,
  actorLabel: row.actor_label,
  after: parseJson(row.after),
  before: parseJson(row.before),
  entityId: row.entity_id,
  entityType: row.entity_type,
  hash: row.hash,
  idempotencyKey: row.idempotency_key,
  occurredAt: row.occurred_at,
  prevHash: row.prev_hash,
  // As text: a tampered fractional sequence must not round back to the original.
  sequence: Number(row.sequence),
  tenant,
  traceId: row.trace_id,
})

/**
 * Walks one office's audit chain in sequence order, a page at a time, recomputing every hash.
 * Finds an edited event (its hash no longer matches), a deleted one (a gap in the sequence) and
 * one moved or slipped in (its previous hash is not its predecessor's), and newest events deleted
 * (the chain then ends before the head recorded in `audit_chain_heads`).
 */
export const verifyAuditChain = async ({
  pageSize = 1_000,
  payload,
  tenant,
}: {
  /** Events read per query. @default 1000 */
  pageSize?: number
  payload: Payload
  tenant: number
}): Promise<AuditChainResult> => {
  const db = await dbFor({ payload, transactionID: undefined })
  let previous: ChainedAuditEvent | null = null
  let checked = 0
  for (;;) {
    const { rows } = await db.execute<StoredRow>(sql`
      select "id", "action", "actor_label", "after"::text as "after", "before"::text as "before", "entity_id",
        "entity_type", "hash", "idempotency_key", "prev_hash", "sequence"::text as "sequence", "trace_id",
        to_char("occurred_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "occurred_at"
      from audit_events
      where tenant_id = ${tenant} and audit_events."sequence" > ${previous?.sequence ?? 0}
      order by audit_events."sequence"
      limit ${pageSize}`)
    for (const row of rows) {
      const event = toChained(row, tenant)
      const reason = checkChainLink({ event, previous })
      if (reason) return { brokenAtId: event.id, ok: false, reason, sequence: event.sequence }
      previous = event
      checked += 1
    }
    if (rows.length < pageSize) break
  }
  const { rows: heads } = await db.execute<{ hash: string; sequence: string }>(sql`
    select hash, sequence::text as sequence from audit_chain_heads where tenant_id = ${tenant}`)
  const head = heads[0]
  if (
    head &&
    (Number(head.sequence) !== (previous?.sequence ?? 0) ||
      (previous !== null && head.hash !== previous.hash))
  ) {
    return {
      brokenAtId: previous?.id ?? 0,
      ok: false,
      reason: `the chain ends at sequence ${previous?.sequence ?? 0} but its head records ${head.sequence}: newest events were deleted`,
      sequence: Number(head.sequence),
    }
  }
  return { checked, ok: true }
}
