import type { PayloadRequest } from 'payload'

import { issueCharges } from '../../../src/ledger/operations/issueCharges'
import { writeAuditEvents } from '../../../src/lib/audit/writeAuditEvents'
import { inTransaction } from '../../../src/lib/db/inTransaction'
import { arrayParam, dbFor, sql } from '../../../src/lib/db/transaction'
import type { SqlExecutor } from '../../../src/lib/db/transaction'
import { DUNNING_ACTOR, DUNNING_EVENTS, DUNNING_TASKS } from '../constants'
import type { PlannedContact } from '../engine/planRun'

export type StepActionsResult = { lateFees: number; lateFeeTotal: number; tasks: number }

/** The `source_reference` of a late fee: the contact's key, so the unique system-charge index allows one. */
export const lateFeeReference = (contactKey: string) => `dunning:${contactKey}`

const textArray = (values: string[]) => arrayParam(values, 'varchar[]')

/**
 * Carries out what the planned contacts' steps do besides the message, in one transaction:
 * late fees through the ledger (`issueCharges`: source `penalty`, due on the run's day, keyed by
 * the contact's key, so a retry's second issue is nothing; each audited with its dunning event as
 * the origin), manager tasks (follow-up or legal notice, unique by the same key, each audited),
 * and the links from each event to its fee and task. A retry that creates nothing audits nothing.
 * Set-based: a handful of statements per run.
 */
export const applyStepActions = async ({
  asOf,
  contacts,
  officeId,
  period,
  req,
  runId,
}: {
  asOf: string
  contacts: readonly PlannedContact[]
  officeId: number
  period: string
  req: PayloadRequest
  runId: number
}): Promise<StepActionsResult> => {
  const fees = contacts.filter((c) => (c.action?.lateFee ?? 0) > 0)
  const withTask = contacts.filter(
    (c) => c.action?.shouldCreateManagerTask || c.action?.isLegalNotice,
  )
  const legal = contacts.filter((c) => c.action?.isLegalNotice)
  if (fees.length === 0 && withTask.length === 0) return { lateFees: 0, lateFeeTotal: 0, tasks: 0 }

  return inTransaction(req, async (db) => {
    const charges = await issueLateFees({ asOf, fees, officeId, period, req })
    const tasks = await insertTasks({ db, officeId, runId, withTask })

    // Links are set from the keys, not from what this call inserted, so a retry that inserted
    // nothing still completes the links a crashed attempt left out.
    const acted = [...new Set([...fees, ...withTask].map((c) => c.idempotencyKey))]
    await db.execute(sql`
      update dunning_events e
         set late_fee = c.amount, late_fee_charge_id = c.id, task_id = t.id,
             is_legal_notice = e.idempotency_key = any(${textArray(legal.map((c) => c.idempotencyKey))})
        from unnest(${textArray(acted)}) as k(key)
        left join charges c on c.tenant_id = ${officeId} and c.source = 'penalty' and c.source_reference = 'dunning:' || k.key
        left join dunning_tasks t on t.idempotency_key = k.key
       where e.idempotency_key = k.key`)

    await writeAuditEvents({
      events: tasks.map((task) => ({
        action: 'dunning-task.created',
        actorLabel: DUNNING_ACTOR,
        after: { apartment: task.apartment_id, kind: task.kind, run: runId },
        entityId: task.id,
        entityType: DUNNING_TASKS,
        idempotencyKey: task.idempotency_key,
        tenant: officeId,
      })),
      req,
    })
    return {
      lateFees: charges.length,
      lateFeeTotal: charges.reduce((sum, c) => sum + c.amount, 0),
      tasks: tasks.length,
    }
  })
}

/** The contacts' late fees as the ledger issues them, each naming its dunning event. */
const issueLateFees = async ({
  asOf,
  fees,
  officeId,
  period,
  req,
}: {
  asOf: string
  fees: readonly PlannedContact[]
  officeId: number
  period: string
  req: PayloadRequest
}) => {
  if (fees.length === 0) return []
  const db = await dbFor(req)
  const { rows: events } = await db.execute<{ id: number; idempotency_key: string }>(sql`
    select id, idempotency_key from dunning_events
     where idempotency_key = any(${textArray(fees.map((c) => c.idempotencyKey))})`)
  const eventOf = new Map(events.map((event) => [event.idempotency_key, event.id]))
  return issueCharges({
    actor: DUNNING_ACTOR,
    charges: fees.map((c) => ({
      amount: c.action?.lateFee ?? 0,
      apartment: c.apartmentId,
      description: `Late fee: ${c.daysOverdue} days overdue (dunning step ${c.stepIndex + 1})`,
      dueDate: asOf,
      origin: { id: eventOf.get(c.idempotencyKey) ?? c.idempotencyKey, type: DUNNING_EVENTS },
      period,
      reference: lateFeeReference(c.idempotencyKey),
      source: 'penalty',
    })),
    office: officeId,
    req,
  })
}

/** Manager tasks (follow-up, legal notice), one per contact key; returns those created now. */
const insertTasks = async ({
  db,
  officeId,
  runId,
  withTask,
}: {
  db: SqlExecutor
  officeId: number
  runId: number
  withTask: readonly PlannedContact[]
}) => {
  if (withTask.length === 0) return []
  const column = (pick: (c: PlannedContact) => unknown, type: string) =>
    arrayParam(withTask.map(pick), type)
  const { rows } = await db.execute<{
    apartment_id: number
    id: number
    idempotency_key: string
    kind: string
  }>(sql`
    insert into dunning_tasks (tenant_id, building_id, apartment_id, run_id, title, kind, status, step_index, amount_overdue,
                               days_overdue, idempotency_key)
    select a.tenant_id, a.building_id, a.id, ${runId},
           case when x.legal then 'Prepare legal notice: ' else 'Follow up: ' end || b.name || ', ' || a.label,
           (case when x.legal then 'legal-notice' else 'follow-up' end)::enum_dunning_tasks_kind, 'open',
           x.step, x.amount, x.days, x.key
    from unnest(${column((c) => c.apartmentId, 'int[]')}, ${column((c) => c.idempotencyKey, 'varchar[]')},
                ${column((c) => Boolean(c.action?.isLegalNotice), 'boolean[]')}, ${column((c) => c.stepIndex, 'int[]')},
                ${column((c) => c.amountOverdue, 'int[]')}, ${column((c) => c.daysOverdue, 'int[]')})
         as x(apartment_id, key, legal, step, amount, days)
    join apartments a on a.id = x.apartment_id and a.tenant_id = ${officeId}
    join buildings b on b.id = a.building_id
    on conflict (idempotency_key) do nothing
    returning id, apartment_id, idempotency_key, kind`)
  return rows
}
