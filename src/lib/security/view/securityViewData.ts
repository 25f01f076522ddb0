import type { Payload } from 'payload'

import { arrayParam, dbFor, sql } from '../../db/transaction'
import type { SQL } from '../../db/transaction'
import { SECURITY_EVENT_KINDS } from '../kinds'
import type { SecurityEventKind } from '../kinds'
import { dailySeries, seriesStart } from './dailySeries'
import type { SecurityViewScope } from './securityViewScope'

/**
 * The Security view's reads: one set-based statement per section, whatever the number of rows,
 * each filtered by the viewer's scope (`securityViewScope`) on `security_events`' indexes
 * (`tenant_id, created_at`, `kind, created_at`, `created_at`).
 */
type Read = { now?: Date; payload: Payload; scope: SecurityViewScope }

const HOUR_MS = 3_600_000

const inScope = (scope: SecurityViewScope): SQL =>
  scope.all ? sql`true` : sql`e.tenant_id = any(${arrayParam(scope.officeIds, 'int[]')})`

const dbOf = (payload: Payload) => dbFor({ payload, transactionID: undefined })

export type KindCount = { day: number; kind: SecurityEventKind; month: number }

/** Events per kind over the last 24 hours and 30 days, every kind listed (0 when none). */
export const kindCounts = async ({ now = new Date(), payload, scope }: Read) => {
  const day = new Date(now.getTime() - 24 * HOUR_MS).toISOString()
  const month = new Date(now.getTime() - 30 * 24 * HOUR_MS).toISOString()
  const { rows } = await (
    await dbOf(payload)
  ).execute<{ day: string; kind: string; month: string }>(sql`
    select e.kind, count(*) filter (where e.created_at >= ${day}::timestamptz) as day,
           count(*) as month
      from security_events e
     where ${inScope(scope)} and e.created_at >= ${month}::timestamptz
       and e.created_at <= ${now.toISOString()}::timestamptz
     group by e.kind`)
  const byKind = new Map(rows.map((row) => [row.kind, row]))
  return SECURITY_EVENT_KINDS.map((kind): KindCount => ({
    day: Number(byKind.get(kind)?.day ?? 0),
    kind,
    month: Number(byKind.get(kind)?.month ?? 0),
  }))
}

/** Events per UTC day over the last `days` days, oldest first, with each day's bar width. */
export const dailyCounts = async ({
  days = 14,
  now = new Date(),
  payload,
  scope,
}: Read & { days?: number }) => {
  const { rows } = await (
    await dbOf(payload)
  ).execute<{ count: string; day: string }>(sql`
    select to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*) as count
      from security_events e
     where ${inScope(scope)} and e.created_at >= ${seriesStart(now, days).toISOString()}::timestamptz
       and e.created_at <= ${now.toISOString()}::timestamptz
     group by 1`)
  return dailySeries({
    days,
    now,
    rows: rows.map((row) => ({ count: Number(row.count), day: row.day })),
  })
}

export type LatestSecurityEvent = {
  accountKey: null | string
  actorEmail: null | string
  actorId: null | number
  address: null | string
  createdAt: string
  detail: Record<string, unknown>
  id: number
  kind: SecurityEventKind
  officeId: null | number
  officeName: null | string
}

/**
 * The newest events, newest first, with their office's name and the actor's e-mail. An office
 * admin sees an actor's e-mail only for a user of one of the viewed offices: a user of another
 * office who probed theirs stays a number.
 */
export const latestSecurityEvents = async ({
  limit = 50,
  payload,
  scope,
}: Read & { limit?: number }) => {
  const actorVisible = scope.all
    ? sql`true`
    : sql`exists (select 1 from users_tenants ut
                   where ut._parent_id = u.id and ut.tenant_id = any(${arrayParam(scope.officeIds, 'int[]')}))`
  const { rows } = await (
    await dbOf(payload)
  ).execute<{
    account_key: null | string
    actor_email: null | string
    actor_id: null | number
    address: null | string
    created_at: Date | string
    detail: null | Record<string, unknown>
    id: number
    kind: SecurityEventKind
    office_name: null | string
    tenant_id: null | number
  }>(sql`
    select e.id, e.kind, e.tenant_id, o.name as office_name, e.actor_id,
           case when ${actorVisible} then u.email end as actor_email,
           e.account_key, e.address, e.detail, e.created_at
      from security_events e
      left join offices o on o.id = e.tenant_id
      left join users u on u.id = e.actor_id
     where ${inScope(scope)}
     order by e.created_at desc, e.id desc
     limit ${limit}`)
  return rows.map((row): LatestSecurityEvent => ({
    accountKey: row.account_key,
    actorEmail: row.actor_email,
    actorId: row.actor_id,
    address: row.address,
    createdAt: new Date(row.created_at).toISOString(),
    detail: row.detail ?? {},
    id: row.id,
    kind: row.kind,
    officeId: row.tenant_id,
    officeName: row.office_name,
  }))
}

export type Offender = { count: number; key: string; kinds: SecurityEventKind[]; lastAt: string }

/** The addresses and accounts with the most events over the last 24 hours, `limit` of each. */
export const topOffenders = async ({
  limit = 10,
  now = new Date(),
  payload,
  scope,
}: Read & { limit?: number }) => {
  const since = new Date(now.getTime() - 24 * HOUR_MS).toISOString()
  const window = sql`${inScope(scope)} and e.created_at >= ${since}::timestamptz
    and e.created_at <= ${now.toISOString()}::timestamptz`
  const { rows } = await (
    await dbOf(payload)
  ).execute<{
    by: 'account' | 'address'
    count: string
    key: string
    kinds: SecurityEventKind[]
    last_at: Date | string
  }>(sql`
    (select 'address' as by, e.address as key, count(*) as count,
            array_agg(distinct e.kind::text) as kinds, max(e.created_at) as last_at
       from security_events e
      where ${window} and e.address is not null
      group by e.address order by count(*) desc, max(e.created_at) desc limit ${limit})
    union all
    (select 'account' as by, e.account_key as key, count(*) as count,
            array_agg(distinct e.kind::text) as kinds, max(e.created_at) as last_at
       from security_events e
      where ${window} and e.account_key is not null
      group by e.account_key order by count(*) desc, max(e.created_at) desc limit ${limit})`)
  const of = (by: 'account' | 'address') =>
    rows
      .filter((row) => row.by === by)
      .map((row): Offender => ({
        count: Number(row.count),
        key: row.key,
        kinds: [...row.kinds].sort(),
        lastAt: new Date(row.last_at).toISOString(),
      }))
  return { accounts: of('account'), addresses: of('address') }
}
