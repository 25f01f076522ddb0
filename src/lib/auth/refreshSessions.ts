import type { Payload, PayloadRequest } from 'payload'

import { poolOf } from '../db/poolOf'
import { dbFor, sql } from '../db/transaction'
import type { SqlExecutor } from '../db/transaction'
import { decideRefresh, REFRESH_POLICY } from './refreshPolicy'
import { newRefreshToken, refreshTokenHash, successorOf } from './refreshTokens'

/**
 * The refresh-session store (`refresh_sessions`). Always on the pool, never in a request's
 * transaction: a revocation must stand even when the request that found the replay fails.
 */
const storeOf = (payload: Payload): Promise<SqlExecutor> =>
  dbFor({ payload, transactionID: undefined })

const plus = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000)

/**
 * Starts a family for a sign-in, in the sign-in's transaction (the family exists exactly when the
 * sign-in committed): its first token, alive for the idle time, ending at the absolute time.
 */
export const startRefreshFamily = async ({
  now = new Date(),
  req,
  sid,
  userId,
}: {
  now?: Date
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>
  sid: string
  userId: number
}): Promise<{ expiresAt: Date; token: string }> => {
  const token = newRefreshToken()
  const expiresAt = plus(now, REFRESH_POLICY.absoluteSeconds)
  const db = await dbFor(req)
  await db.execute(sql`
    insert into refresh_sessions (token_hash, family_id, user_id, sid, issued_at, idle_expires_at, family_expires_at)
    values (${refreshTokenHash(token)}, gen_random_uuid(), ${userId}, ${sid}, ${now},
            ${plus(now, REFRESH_POLICY.idleSeconds)}, ${expiresAt})`)
  return { expiresAt, token }
}

export type RotationOutcome =
  | { expiresAt: Date; ok: true; sid: string; token: string; userId: number }
  | { ok: false; reason: 'expired' | 'revoked' | 'unknown' }
  | { ok: false; reason: 'reuse'; sid: string; userId: number }

type Row = {
  family_expires_at: Date
  family_id: string
  idle_expires_at: Date
  revoked_at: Date | null
  rotated_at: Date | null
  sid: string
  user_id: number
}

/**
 * Exchanges a refresh token for its successor, in one transaction that locks the token's row,
 * so concurrent renewals with the same token line up: the first rotates, the others (within the
 * leeway) get the same successor, a later one is a replay and revokes the family.
 */
export const rotateRefreshToken = async ({
  now = new Date(),
  payload,
  secret,
  token,
}: {
  now?: Date
  payload: Payload
  secret: string
  token: string
}): Promise<RotationOutcome> => {
  const client = await poolOf(payload).connect()
  try {
    await client.query('begin')
    const found = await client.query<Row>(
      `select family_id, user_id, sid, idle_expires_at, family_expires_at, rotated_at, revoked_at
         from refresh_sessions where token_hash = $1 for update`,
      [refreshTokenHash(token)],
    )
    const row = found.rows[0] ?? null
    const decision = decideRefresh(
      row && {
        familyExpiresAt: row.family_expires_at,
        idleExpiresAt: row.idle_expires_at,
        revokedAt: row.revoked_at,
        rotatedAt: row.rotated_at,
      },
      now,
    )
    let outcome: RotationOutcome
    if (!row) {
      outcome = { ok: false, reason: 'unknown' }
    } else if (decision === 'expired' || decision === 'revoked') {
      outcome = { ok: false, reason: decision }
    } else if (decision === 'reuse') {
      await client.query(
        `update refresh_sessions set revoked_at = $2, revoke_reason = 'reuse'
          where family_id = $1 and revoked_at is null`,
        [row.family_id, now],
      )
      outcome = { ok: false, reason: 'reuse', sid: row.sid, userId: row.user_id }
    } else {
      const successor = successorOf(token, secret)
      // The successor's row exists after a concurrent renewal; either way it is the same token.
      await client.query(
        `insert into refresh_sessions (token_hash, family_id, user_id, sid, issued_at, idle_expires_at, family_expires_at)
         values ($1, $2, $3, $4, $5, $6, $7) on conflict (token_hash) do nothing`,
        [
          refreshTokenHash(successor),
          row.family_id,
          row.user_id,
          row.sid,
          now,
          plus(now, REFRESH_POLICY.idleSeconds),
          row.family_expires_at,
        ],
      )
      if (decision === 'rotate') {
        await client.query(`update refresh_sessions set rotated_at = $2 where token_hash = $1`, [
          refreshTokenHash(token),
          now,
        ])
      }
      outcome = {
        expiresAt: row.family_expires_at,
        ok: true,
        sid: row.sid,
        token: successor,
        userId: row.user_id,
      }
    }
    await client.query('commit')
    return outcome
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/** Ends every live family of a user (logout, password change, "end all sessions"); returns how many tokens. */
export const revokeUserRefreshFamilies = async ({
  now = new Date(),
  payload,
  reason,
  userId,
}: {
  now?: Date
  payload: Payload
  reason: 'end-all' | 'logout' | 'password-change'
  userId: number
}): Promise<number> => {
  const db = await storeOf(payload)
  const { rows } = await db.execute<{ count: string }>(sql`
    with ended as (
      update refresh_sessions set revoked_at = ${now}, revoke_reason = ${reason}
       where user_id = ${userId} and revoked_at is null returning 1
    ) select count(*)::text as count from ended`)
  return Number(rows[0]?.count ?? 0)
}
