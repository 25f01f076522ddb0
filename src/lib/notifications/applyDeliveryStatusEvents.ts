import type { PayloadRequest } from 'payload'

import { writeAuditEvents } from '../audit/writeAuditEvents'
import type { AuditEventInput } from '../audit/types'
import { inTransaction } from '../db/inTransaction'
import { dbFor, sql } from '../db/transaction'
import { metrics } from '../metrics/registry'
import { DELIVERIES_SLUG } from './constants'
import type { DeliveryChannel, DeliveryStatus } from './constants'
import {
  PROVIDER_CHANNELS,
  STATUS_PRECEDENCE,
  summarizeStatusEvents,
} from './deliveryStatusTransition'
import type { DeliveryState, ProviderEvent, StatusChange } from './deliveryStatusTransition'

/** Who the audit trail names for changes a provider reported. */
export const DELIVERY_STATUS_ACTOR = 'webhook:notifications-provider'

/** What the callback answers: counts of deliveries, and the reported ids no e-mail or SMS delivery has. */
export type DeliveryStatusResult = {
  /** Reports in the request. */
  received: number
  /** Deliveries whose status or `deliveredAt` changed. */
  updated: number
  /** Deliveries found but already at (or past) what was reported: repeats, late or backward reports. */
  unchanged: number
  unknownProviderIds: string[]
}

type MatchedRow = {
  id: number
  channel: DeliveryChannel
  is_changed: boolean
  previous_delivered_at: Date | null | string
  previous_error: null | string
  previous_status: DeliveryStatus
  provider_id: string
  tenant_id: null | number
  delivered_at: Date | null | string
  error: null | string
  status: DeliveryStatus | null
}

const iso = (value: Date | null | string): null | string =>
  value === null ? null : new Date(value).toISOString()

/**
 * One statement for the whole batch. `matched` locks every delivery of a reported id (in id order,
 * so two callbacks never deadlock) and reads it as it is now; the UPDATE writes only the rows the
 * change moves, by the rule of `nextDeliveryState`: the status (and its error) only forward in
 * `STATUS_PRECEDENCE`, `delivered_at` the earliest reported. Every matched row is returned with
 * its state before and after, so untouched rows can be told from unknown ids.
 */
const applyChanges = async (
  req: PayloadRequest,
  changes: StatusChange[],
): Promise<MatchedRow[]> => {
  const db = await dbFor(req)
  const { rows } = await db.execute<MatchedRow>(sql`
    with change as (
      select * from unnest(
        ${sql.param(changes.map((change) => change.providerId))}::varchar[],
        ${sql.param(changes.map((change) => change.status))}::text[],
        ${sql.param(changes.map((change) => change.deliveredAt))}::timestamptz[],
        ${sql.param(changes.map((change) => change.error))}::text[]
      ) as c(provider_id, status, delivered_at, error)
    ),
    matched as (
      select d.id, d.tenant_id, d.channel::text as channel, d.provider_id,
             d.status::text as previous_status, d.delivered_at as previous_delivered_at, d.error as previous_error,
             array_position(${sql.param([...STATUS_PRECEDENCE])}::text[], c.status)
               > array_position(${sql.param([...STATUS_PRECEDENCE])}::text[], d.status::text) as is_forward,
             c.status as change_status, c.error as change_error,
             least(d.delivered_at, c.delivered_at) as next_delivered_at
        from deliveries d
        join change c on c.provider_id = d.provider_id
       where d.channel::text = any(${sql.param([...PROVIDER_CHANNELS])}::text[])
       order by d.id
         for update of d
    ),
    updated as (
      update deliveries d
         set status = case when m.is_forward then m.change_status::enum_deliveries_status else d.status end,
             error = case when m.is_forward then m.change_error else d.error end,
             delivered_at = m.next_delivered_at,
             updated_at = now()
        from matched m
       where d.id = m.id and (m.is_forward or m.next_delivered_at is distinct from m.previous_delivered_at)
      returning d.id, d.status::text as status, d.delivered_at, d.error
    )
    select m.id, m.tenant_id, m.channel, m.provider_id, m.previous_status, m.previous_delivered_at, m.previous_error,
           u.status, u.delivered_at, u.error, u.id is not null as is_changed
      from matched m
      left join updated u on u.id = m.id
     order by m.id`)
  return rows
}

const stateBefore = (row: MatchedRow): DeliveryState => ({
  deliveredAt: iso(row.previous_delivered_at),
  error: row.previous_error,
  status: row.previous_status,
})

const stateAfter = (row: MatchedRow): DeliveryState => ({
  deliveredAt: iso(row.delivered_at),
  error: row.error,
  status: row.status ?? row.previous_status,
})

const auditEventOf = (row: MatchedRow & { tenant_id: number }): AuditEventInput => ({
  action: 'delivery.status-reported',
  actorLabel: DELIVERY_STATUS_ACTOR,
  after: stateAfter(row),
  before: stateBefore(row),
  entityId: row.id,
  entityType: DELIVERIES_SLUG,
  tenant: row.tenant_id,
})

const countOutcomes = (events: readonly ProviderEvent[], rows: MatchedRow[]): void => {
  const resultOf = new Map<string, 'applied' | 'unchanged'>()
  for (const row of rows) {
    if (row.is_changed || !resultOf.has(row.provider_id))
      resultOf.set(row.provider_id, row.is_changed ? 'applied' : 'unchanged')
    // The existing counter follows each delivery through its statuses, whoever moved it.
    if (row.is_changed && row.status && row.status !== row.previous_status) {
      metrics.deliveries.inc({ channel: row.channel, status: row.status })
    }
  }
  for (const event of events) {
    metrics.deliveryStatusEvents.inc({
      event: event.status,
      result: resultOf.get(event.providerId) ?? 'unknown',
    })
  }
}

/**
 * Applies a provider's delivery reports to the e-mail and SMS deliveries with those provider ids,
 * as the system, in one transaction with the audit events of what changed (one per delivery, in
 * its office's chain). A provider id is global: it names one message whatever office sent it, so
 * no office is named or checked here. Ids we do not know are answered, not refused: the provider
 * may report messages of another system sharing its account. Safe to repeat: a report already
 * applied changes nothing and writes no audit event.
 */
export const applyDeliveryStatusEvents = async ({
  events,
  req,
}: {
  events: readonly ProviderEvent[]
  req: PayloadRequest
}): Promise<DeliveryStatusResult> => {
  const changes = summarizeStatusEvents(events)
  const rows = await inTransaction(req, async () => {
    const matched = await applyChanges(req, changes)
    const audited = matched.filter(
      (row): row is MatchedRow & { tenant_id: number } => row.is_changed && row.tenant_id !== null,
    )
    await writeAuditEvents({ events: audited.map(auditEventOf), req })
    return matched
  })
  countOutcomes(events, rows)
  const known = new Set(rows.map((row) => row.provider_id))
  return {
    received: events.length,
    unchanged: rows.filter((row) => !row.is_changed).length,
    unknownProviderIds: changes.map((change) => change.providerId).filter((id) => !known.has(id)),
    updated: rows.filter((row) => row.is_changed).length,
  }
}
