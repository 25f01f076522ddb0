import type { PayloadRequest } from 'payload'

import { dbFor, sql } from '../../../src/lib/db/transaction'
import type { FinancialScope } from '../../../src/ledger/operations/financialScope'
import { inBuildings } from '../../../src/ledger/operations/sqlFragments'
import { DUNNING_RUNS } from '../constants'
import type { SkipReason } from '../engine/skipReasons'
import type { DunningChannel } from '../engine/types'
import { undeliveredOfRuns } from '../operations/undeliveredOfRuns'
import { recentRunSummary } from './recentRuns'
import type { RunSummary } from './recentRuns'

export type TimelineEvent = {
  amountOverdue: null | number
  apartmentId: number
  apartmentLabel: string
  at: string
  buildingName: null | string
  channel: DunningChannel | null
  daysOverdue: null | number
  deliveryError: null | string
  deliveryStatus: null | string
  id: number
  outcome: 'sent' | 'skipped'
  skipReason: null | SkipReason
  stepIndex: null | number
}

export type RunTimeline = { events: TimelineEvent[]; isTruncated: boolean; run: RunSummary }

type Row = {
  amount_overdue: null | string
  apartment_id: number
  at: string
  building_name: null | string
  channel: DunningChannel | null
  days_overdue: null | string
  delivery_error: null | string
  delivery_status: null | string
  id: number
  label: string
  outcome: 'sent' | 'skipped'
  skip_reason: null | SkipReason
  step_index: null | string
}

const MAX_EVENTS = 500

/**
 * A run and what it did per apartment (sent, with its delivery's status, or skipped and why), in
 * the order it was recorded. The run must be the office's and readable by the user (else null:
 * the drawer says "not found"); a manager sees only the events of their buildings.
 */
export const runTimeline = async ({
  req,
  runId,
  scope,
}: {
  req: PayloadRequest
  runId: number
  scope: FinancialScope
}): Promise<null | RunTimeline> => {
  const found = await req.payload.find({
    collection: DUNNING_RUNS,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    req,
    user: req.user,
    where: { and: [{ id: { equals: runId } }, { tenant: { equals: scope.officeId } }] },
  })
  if (found.docs.length === 0) return null
  const db = await dbFor(req)
  const { rows } = await db.execute<Row>(sql`
    select e.id, e.apartment_id, a.label, bl.name as building_name, e.outcome, e.skip_reason, e.step_index, e.channel,
           e.amount_overdue, e.days_overdue, d.status as delivery_status, d.error as delivery_error,
           to_char(e.created_at at time zone ${scope.timezone}, 'YYYY-MM-DD HH24:MI') as at
    from dunning_events e
    join apartments a on a.id = e.apartment_id
    left join buildings bl on bl.id = e.building_id
    left join deliveries d on d.id = e.delivery_id
    where e.run_id = ${runId} and e.tenant_id = ${scope.officeId} and ${inBuildings(sql`e.building_id`, scope.buildingIds)}
    order by e.created_at, e.id
    limit ${MAX_EVENTS + 1}`)
  const number = (value: null | string) => (value === null ? null : Number(value))
  return {
    events: rows.slice(0, MAX_EVENTS).map((row) => ({
      amountOverdue: number(row.amount_overdue),
      apartmentId: row.apartment_id,
      apartmentLabel: row.label,
      at: row.at,
      buildingName: row.building_name,
      channel: row.channel,
      daysOverdue: number(row.days_overdue),
      deliveryError: row.delivery_error,
      deliveryStatus: row.delivery_status,
      id: row.id,
      outcome: row.outcome,
      skipReason: row.skip_reason,
      stepIndex: number(row.step_index),
    })),
    isTruncated: rows.length > MAX_EVENTS,
    run: recentRunSummary(found.docs[0], {
      undelivered: await undeliveredOfRuns({ db: await dbFor(req), runIds: [found.docs[0].id] }),
    }),
  }
}
