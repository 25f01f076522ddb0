import type { Payload } from 'payload'

import { poolOf } from '../db/poolOf'
import { metrics } from '../metrics/registry'
import { currentTraceId } from '../trace/traceContext'
import { securityEventRows } from './securityEventRows'
import type { SecurityEventInput } from './securityEventRows'

export type { SecurityEventInput } from './securityEventRows'

/**
 * Appends security events (`security_events`, docs/security/security-events.md) in one INSERT,
 * on a connection of its own, outside the request's transaction: the request that was refused usually rolls back, and
 * its event must stay. Recording is a side line of the request, never its failure: a database
 * error is logged and swallowed, so a refusal still answers 4xx and not 500. Each event counts in
 * `security_events_total{kind}` even when the row could not be written.
 */
export const recordSecurityEvents = async ({
  events,
  payload,
}: {
  events: SecurityEventInput[]
  payload: Payload
}): Promise<void> => {
  try {
    const rows = securityEventRows(events, currentTraceId() ?? null)
    if (rows.length === 0) return
    for (const row of rows) metrics.securityEvents.inc({ kind: row.kind })
    const client = await poolOf(payload).connect()
    try {
      // A lost event in a crash's last instant is acceptable; waiting for the WAL flush on every
      // refused request is not: the commit returns without it (only for this transaction).
      await client.query('begin')
      await client.query('set local synchronous_commit = off')
      await client.query(
        `insert into security_events
           (kind, tenant_id, actor_id, account_key, address, trace_id, detail)
         select r.kind::enum_security_events_kind, o.id, u.id, r.account_key, r.address, r.trace_id,
                r.detail
           from jsonb_to_recordset($1::jsonb) as r(
             kind text, tenant_id integer, actor_id integer, account_key text, address text,
             trace_id text, detail jsonb)
           -- An office or user that is gone (or never was) is no reason to lose the event.
           left join offices o on o.id = r.tenant_id
           left join users u on u.id = r.actor_id`,
        [JSON.stringify(rows)],
      )
      await client.query('commit')
    } catch (error) {
      await client.query('rollback').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  } catch (error) {
    try {
      payload.logger.error({ err: error, msg: 'security events not recorded' })
    } catch {
      // A logger that throws must not turn a refusal into a 500 either.
    }
  }
}
