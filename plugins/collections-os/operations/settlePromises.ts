import type { PayloadRequest } from 'payload'

import { writeAuditEvents } from '../../../src/lib/audit/writeAuditEvents'
import { inTransaction } from '../../../src/lib/db/inTransaction'
import { arrayParam, sql } from '../../../src/lib/db/transaction'
import { DUNNING_ACTOR, PROMISES_TO_PAY } from '../constants'
import { promiseStatus } from '../engine/promiseStatus'
import type { Installment, Payment, PromiseToPay } from '../engine/types'

export type SettledPromise = {
  apartmentId: number
  id: number
  paid: number
  resolvedOn: null | string
  status: PromiseToPay['status']
}

type PromiseRow = {
  amount: string
  apartment_id: number
  due: string
  grace_days: null | string
  id: number
  made: string
  paid: null | string
}

/**
 * Brings an office's active promises up to date on `asOf` (all of them, or those of
 * `apartmentIds`): each one's paid amount, and kept or broken once `promiseStatus` says so (from
 * the payments received since it was made, installments included). Three reads and one update
 * whatever the number of promises; only the promises whose status or paid amount changed are
 * written, and each status change is audited, in `req`'s transaction. Run when a payment is
 * recorded (the `payment.recorded` listener, for its apartment), before a dunning run plans (so a
 * kept promise stops pausing and a broken one resumes escalation) and by the periodic sweep, the
 * backstop for promises that break without a payment. Returns the promises that changed.
 */
export const settlePromises = async ({
  apartmentIds,
  asOf,
  officeId,
  req,
  timezone,
}: {
  /** Only the promises of these apartments. @default every apartment of the office */
  apartmentIds?: readonly number[]
  asOf: string
  officeId: number
  req: PayloadRequest
  timezone: string
}): Promise<SettledPromise[]> =>
  inTransaction(req, async (db) => {
    const ofApartments = apartmentIds
      ? sql`and apartment_id = any(${arrayParam(apartmentIds, 'int[]')})`
      : sql``
    // Locked, so a concurrent sweep of the same office waits and then sees the settled statuses.
    const { rows: active } = await db.execute<PromiseRow>(sql`
      select id, apartment_id, amount, grace_days, paid, to_char(due_date at time zone ${timezone}, 'YYYY-MM-DD') as due,
             to_char(created_at at time zone ${timezone}, 'YYYY-MM-DD') as made
      from promises_to_pay where tenant_id = ${officeId} and status = 'active' ${ofApartments}
      order by id for update`)
    if (active.length === 0) return []
    const ids = arrayParam(
      active.map((row) => row.id),
      'int[]',
    )
    const apartments = arrayParam([...new Set(active.map((row) => row.apartment_id))], 'int[]')
    const earliest = active.reduce((min, row) => (row.made < min ? row.made : min), active[0].made)
    const { rows: installments } = await db.execute<{
      amount: string
      due: string
      parent: number
    }>(sql`
      select _parent_id as parent, amount, to_char(due_date at time zone ${timezone}, 'YYYY-MM-DD') as due
      from promises_to_pay_installments where _parent_id = any(${ids})`)
    const { rows: payments } = await db.execute<{
      amount: string
      apartment_id: number
      paid_on: string
    }>(sql`
      select apartment_id, amount, to_char(received_at at time zone ${timezone}, 'YYYY-MM-DD') as paid_on
      from payments
      where apartment_id = any(${apartments})
        and received_at >= (${earliest}::date::timestamp at time zone ${timezone})`)
    const installmentsOf = group(
      installments,
      (row) => row.parent,
      (row): Installment => ({ amount: Number(row.amount), dueDate: row.due }),
    )
    const paymentsOf = group(
      payments,
      (row) => row.apartment_id,
      (row): Payment => ({ amount: Number(row.amount), paidOn: row.paid_on }),
    )

    const changed: SettledPromise[] = []
    for (const row of active) {
      const promise: PromiseToPay = {
        amount: Number(row.amount),
        apartmentId: row.apartment_id,
        dueDate: row.due,
        graceDays: Number(row.grace_days ?? 0),
        id: row.id,
        installments: installmentsOf.get(row.id),
        madeOn: row.made,
        status: 'active',
      }
      const payments = paymentsOf.get(row.apartment_id) ?? []
      const outcome = promiseStatus({ asOf, payments, promise })
      if (outcome.status === 'active' && outcome.paid === Number(row.paid ?? 0)) continue
      changed.push({ apartmentId: row.apartment_id, id: row.id, ...outcome })
    }
    if (changed.length === 0) return []
    const column = (pick: (c: SettledPromise) => unknown, type: string) =>
      arrayParam(changed.map(pick), type)
    await db.execute(sql`
      update promises_to_pay p
         set status = x.status::enum_promises_to_pay_status, paid = x.paid, updated_at = now(),
             resolved_on = (x.resolved_on::date + time '12:00') at time zone ${timezone}
        from unnest(${column((c) => c.id, 'int[]')}, ${column((c) => c.status, 'varchar[]')},
                    ${column((c) => c.paid, 'bigint[]')}, ${column((c) => c.resolvedOn, 'varchar[]')})
             as x(id, status, paid, resolved_on)
       where p.id = x.id`)
    await writeAuditEvents({
      events: changed
        .filter((c) => c.status !== 'active')
        .map((c) => ({
          action: `promise-to-pay.${c.status}`,
          actorLabel: DUNNING_ACTOR,
          after: { paid: c.paid, resolvedOn: c.resolvedOn, status: c.status },
          before: { status: 'active' },
          entityId: c.id,
          entityType: PROMISES_TO_PAY,
          idempotencyKey: `promise:${c.id}:${c.status}`,
          tenant: officeId,
        })),
      req,
    })
    return changed
  })

const group = <R, T>(rows: readonly R[], key: (row: R) => number, map: (row: R) => T) => {
  const groups = new Map<number, T[]>()
  for (const row of rows) {
    const list = groups.get(key(row))
    if (list) list.push(map(row))
    else groups.set(key(row), [map(row)])
  }
  return groups
}
