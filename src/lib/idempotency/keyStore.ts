import { randomUUID } from 'node:crypto'

import { sql } from '../db/transaction'
import type { SqlExecutor } from '../db/transaction'

/**
 * The `idempotency_keys` table (created by the audit_idempotency migration), one statement per
 * call on the pool, so each change commits at once and concurrent requests see it. Every change
 * after the claim names the claim's token: a request whose claim was taken over (its lease ran out)
 * can no longer complete or release it.
 */
export type RequestFingerprint = {
  /** `users:<id>` or empty for an anonymous caller: another caller reusing a key does not get this response. */
  actor: string
  method: string
  path: string
  requestHash: string
}

export type StoredKey = RequestFingerprint & {
  id: number
  isLeaseExpired: boolean
  responseContentType: null | string
  responseJson: null | string
  responseStatus: null | number
  responseText: null | string
  status: 'completed' | 'in_flight'
}

export type Claim = { id: number; token: string }

type KeyRow = {
  actor: string
  id: number | string
  is_lease_expired: boolean
  request_hash: string
  request_method: string
  request_path: string
  response_content_type: null | string
  response_json: null | string
  response_status: null | number
  response_text: null | string
  status: 'completed' | 'in_flight'
}

/** Claims `key` for this request, or returns null when the office already has it. */
export const insertClaim = async ({
  db,
  fingerprint,
  key,
  tenant,
}: {
  db: SqlExecutor
  fingerprint: RequestFingerprint
  key: string
  tenant: null | number
}): Promise<Claim | null> => {
  const token = randomUUID()
  const { rows } = await db.execute<{ id: number | string }>(sql`
    insert into idempotency_keys (tenant_id, key, request_method, request_path, request_hash, actor, claim_token)
    values (${tenant}, ${key}, ${fingerprint.method}, ${fingerprint.path}, ${fingerprint.requestHash}, ${fingerprint.actor}, ${token})
    on conflict do nothing
    returning id`)
  return rows[0] ? { id: Number(rows[0].id), token } : null
}

export const findKey = async ({
  db,
  key,
  leaseSeconds,
  tenant,
}: {
  db: SqlExecutor
  key: string
  leaseSeconds: number
  tenant: null | number
}): Promise<StoredKey | null> => {
  const { rows } = await db.execute<KeyRow>(sql`
    select id, actor, request_hash, request_method, request_path, status, response_status, response_content_type,
      response_body::text as response_json, response_text,
      claimed_at < now() - ${leaseSeconds}::float8 * interval '1 second' as is_lease_expired
    from idempotency_keys
    where coalesce(tenant_id, 0) = ${tenant ?? 0} and key = ${key}`)
  const row = rows[0]
  if (!row) return null
  return {
    id: Number(row.id),
    actor: row.actor,
    isLeaseExpired: row.is_lease_expired,
    method: row.request_method,
    path: row.request_path,
    requestHash: row.request_hash,
    responseContentType: row.response_content_type,
    responseJson: row.response_json,
    responseStatus: row.response_status === null ? null : Number(row.response_status),
    responseText: row.response_text,
    status: row.status,
  }
}

/** Takes over an in-flight claim whose lease ran out; only one of several contenders gets it. */
export const takeOverClaim = async ({
  db,
  id,
  leaseSeconds,
}: {
  db: SqlExecutor
  id: number
  leaseSeconds: number
}): Promise<Claim | null> => {
  const token = randomUUID()
  const { rows } = await db.execute<{ id: number | string }>(sql`
    update idempotency_keys set claim_token = ${token}, claimed_at = now()
    where id = ${id} and status = 'in_flight' and claimed_at < now() - ${leaseSeconds}::float8 * interval '1 second'
    returning id`)
  return rows[0] ? { id, token } : null
}

/** Stores the response; a JSON body as jsonb, anything else as text. False if the claim was lost. */
export const completeClaim = async ({
  claim,
  db,
  response,
}: {
  claim: Claim
  db: SqlExecutor
  response: { contentType: null | string; json: null | string; status: number; text: null | string }
}): Promise<boolean> => {
  const { rows } = await db.execute<{ id: number | string }>(sql`
    update idempotency_keys
    set status = 'completed', response_status = ${response.status}, response_body = ${response.json}::jsonb,
      response_text = ${response.text}, response_content_type = ${response.contentType}, completed_at = now()
    where id = ${claim.id} and claim_token = ${claim.token} and status = 'in_flight'
    returning id`)
  return rows.length > 0
}

/** Deletes the claim so the client can retry with the same key. */
export const releaseClaim = async ({
  claim,
  db,
}: {
  claim: Claim
  db: SqlExecutor
}): Promise<void> => {
  await db.execute(sql`
    delete from idempotency_keys where id = ${claim.id} and claim_token = ${claim.token} and status = 'in_flight'`)
}
