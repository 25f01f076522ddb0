import { commitTransaction, initTransaction, killTransaction } from 'payload'
import type { PayloadRequest } from 'payload'

import { writeAuditEvents } from '../../../src/lib/audit'
import { arrayParam, dbFor, sql } from '../../../src/lib/db/transaction'
import { rebuildOpenItems } from '../../../src/ledger/operations/rebuildOpenItems'
import { DUNNING_ACTOR, DUNNING_TASKS } from '../constants'
import type { PlannedContact } from '../engine/planRun'

export type StepActionsResult = { lateFees: number; lateFeeTotal: number; tasks: number }

/** The `source_reference` of a late fee: the contact's key, so the unique system-charge index allows one. */
export const lateFeeReference = (contactKey: string) => `dunning:${contactKey}`

const intArray = (values: number[]) => arrayParam(values, 'int[]')
const textArray = (values: string[]) => arrayParam(values, 'varchar[]')

/**
 * Carries out what the planned contacts' steps do besides the message, in one transaction:
 * late-fee charges (source `penalty`, due on the run's day, one per contact key: the unique index
 * on system charges turns a retry's second insert into nothing), the open items of the charged
 * apartments, manager tasks (follow-up or legal notice, unique by the same key), the links from
 * each event to its fee and task, and an audit event for every charge and task this call created
 * (a retry that creates nothing audits nothing). Set-based: a handful of statements per run.
 */
export const applyStepActions = async ({
  asOf,
  contacts,
  officeId,
  period,
  req,
  runId,
  timezone,
}: {
  asOf: string
  contacts: readonly PlannedContact[]
  officeId: number
  period: string
  req: PayloadRequest
  runId: number
  timezone: string
}): Promise<StepActionsResult> => {
  const fees = contacts.filter((c) => (c.action?.lateFee ?? 0) > 0)
  const withTask = contacts.filter(
    (c) => c.action?.shouldCreateManagerTask || c.action?.isLegalNotice,
  )
  const legal = contacts.filter((c) => c.action?.isLegalNotice)
  if (fees.length === 0 && withTask.length === 0) return { lateFees: 0, lateFeeTotal: 0, tasks: 0 }

  const shouldCommit = await initTransaction(req)
  try {
    const db = await dbFor(req)
    const charges =
      fees.length === 0
        ? []
        : (
            await db.execute<{
              amount: string
              apartment_id: number
              building_id: number
              id: number
              source_reference: string
            }>(sql`
        insert into charges (tenant_id, building_id, apartment_id, period, amount, open_amount, due_date, source, source_reference, description)
        select a.tenant_id, a.building_id, a.id, ${period}, x.amount, x.amount,
               (${asOf}::date + time '12:00') at time zone ${timezone}, 'penalty', x.reference, x.description
        from unnest(${intArray(fees.map((c) => c.apartmentId))}, ${intArray(fees.map((c) => c.action?.lateFee ?? 0))},
                    ${textArray(fees.map((c) => lateFeeReference(c.idempotencyKey)))},
                    ${textArray(fees.map((c) => `Late fee: ${c.daysOverdue} days overdue (dunning step ${c.stepIndex + 1})`))})
             as x(apartment_id, amount, reference, description)
        join apartments a on a.id = x.apartment_id and a.tenant_id = ${officeId}
        on conflict (apartment_id, source, source_reference) where source <> 'manual' and source_reference is not null do nothing
        returning id, apartment_id, building_id, amount, source_reference`)
          ).rows
    await rebuildOpenItems({ apartmentIds: charges.map((c) => c.apartment_id), req })

    const tasks =
      withTask.length === 0
        ? []
        : (
            await db.execute<{
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
        from unnest(${intArray(withTask.map((c) => c.apartmentId))}, ${textArray(withTask.map((c) => c.idempotencyKey))},
                    ${arrayParam(
                      withTask.map((c) => Boolean(c.action?.isLegalNotice)),
                      'boolean[]',
                    )},
                    ${intArray(withTask.map((c) => c.stepIndex))}, ${intArray(withTask.map((c) => c.amountOverdue))},
                    ${intArray(withTask.map((c) => c.daysOverdue))})
             as x(apartment_id, key, legal, step, amount, days)
        join apartments a on a.id = x.apartment_id and a.tenant_id = ${officeId}
        join buildings b on b.id = a.building_id
        on conflict (idempotency_key) do nothing
        returning id, apartment_id, idempotency_key, kind`)
          ).rows

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
      events: [
        ...charges.map((charge) => ({
          action: 'charge.created',
          actorLabel: DUNNING_ACTOR,
          after: {
            amount: Number(charge.amount),
            apartment: charge.apartment_id,
            building: charge.building_id,
            source: 'penalty',
            run: runId,
          },
          entityId: charge.id,
          entityType: 'charges',
          idempotencyKey: charge.source_reference,
          tenant: officeId,
        })),
        ...tasks.map((task) => ({
          action: 'dunning-task.created',
          actorLabel: DUNNING_ACTOR,
          after: { apartment: task.apartment_id, kind: task.kind, run: runId },
          entityId: task.id,
          entityType: DUNNING_TASKS,
          idempotencyKey: task.idempotency_key,
          tenant: officeId,
        })),
      ],
      req,
    })
    if (shouldCommit) await commitTransaction(req)
    return {
      lateFees: charges.length,
      lateFeeTotal: charges.reduce((sum, c) => sum + Number(c.amount), 0),
      tasks: tasks.length,
    }
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    throw err
  }
}
