import type { Payload } from 'payload'

import { poolOf } from '../../../src/lib/db/poolOf'
import { policyFromDoc } from '../collections/policyFromDoc'
import { DUNNING_POLICIES } from '../constants'
import type { ApartmentPosition, ContactRecord, PromiseToPay } from '../engine/types'
import type { PlanRunInput } from '../engine/planRun'

type DebtorRow = {
  apartment_id: number
  balance: string
  building_id: number
  email: null | string
  name: null | string
  phone: null | string
  portal_user: null | number
  postal: null | string
}

/**
 * Everything the engine needs for one office's run, set-based: four statements whatever the
 * number of apartments (open items from the partial index of open charges, debtors from the
 * balance rows, this year's contacts, the promises), never a query per apartment.
 */
export const loadRunInput = async ({
  asOf,
  officeId,
  payload,
  excludeRunId = null,
  historyOfPolicyOnly = false,
  policyId,
  timezone,
}: {
  asOf: string
  /** A run being retried or replayed: its own events are not history, so it plans them again. */
  excludeRunId?: null | number
  /**
   * Read only the run's policy's contacts: all a run decides on (`dunningStep` ignores other
   * policies' contacts), and far fewer rows once an office has a year of history. The queue view,
   * which shows each apartment's last contact under any policy, reads them all.
   */
  historyOfPolicyOnly?: boolean
  officeId: number
  payload: Payload
  policyId: number
  timezone: string
}): Promise<PlanRunInput> => {
  const pool = poolOf(payload)
  const policies = await payload.find({
    collection: DUNNING_POLICIES,
    depth: 0,
    pagination: false,
    where: { tenant: { equals: officeId } },
  })
  const [debtors, items, contacts, promises] = [
    // Letters go to the apartment's address; in-app messages to its resident portal user.
    await pool.query<DebtorRow>(
      `select b.apartment_id, b.building_id, b.balance, a.owner_email as email, a.owner_name as name, a.owner_phone as phone,
              concat_ws(', ', nullif(a.owner_name, ''), bl.address || ' (' || a.label || ')', bl.postal_code || ' ' || bl.city) as postal,
              (select min(u.id) from users u where u.apartment_id = a.id and u.role = 'resident') as portal_user
       from apartment_balances b join apartments a on a.id = b.apartment_id join buildings bl on bl.id = a.building_id
       where b.tenant_id = $1 and b.balance > 0`,
      [officeId],
    ),
    await pool.query<{ amount: string; apartment_id: number; due: string }>(
      `select apartment_id, open_amount as amount, to_char(due_date at time zone $2, 'YYYY-MM-DD') as due
       from charges where tenant_id = $1 and open_amount > 0`,
      [officeId, timezone],
    ),
    await pool.query<{
      apartment_id: number
      channel: ContactRecord['channel']
      policy_id: number
      sent: string
      step_index: string
    }>(
      `select e.apartment_id, e.channel, r.policy_id, to_char(e.created_at at time zone $2, 'YYYY-MM-DD') as sent, e.step_index
       from dunning_events e join dunning_runs r on r.id = e.run_id
       where e.tenant_id = $1 and e.outcome = 'sent' and e.created_at > now() - interval '400 days'
         and e.run_id is distinct from $3 and ($4::int is null or r.policy_id = $4)`,
      [officeId, timezone, excludeRunId, historyOfPolicyOnly ? policyId : null],
    ),
    await pool.query<{
      amount: string
      apartment_id: number
      due: string
      grace_days: null | string
      id: number
      made: string
      status: PromiseToPay['status']
    }>(
      `select id, apartment_id, amount, grace_days, status, to_char(due_date at time zone $2, 'YYYY-MM-DD') as due,
              to_char(created_at at time zone $2, 'YYYY-MM-DD') as made
       from promises_to_pay where tenant_id = $1 and status in ('active', 'broken')`,
      [officeId, timezone],
    ),
  ]
  const openItems = new Map<number, { amount: number; dueDate: string }[]>()
  for (const row of items.rows) {
    const list = openItems.get(row.apartment_id) ?? []
    list.push({ amount: Number(row.amount), dueDate: row.due })
    openItems.set(row.apartment_id, list)
  }
  const positions: ApartmentPosition[] = debtors.rows.map((row) => ({
    apartmentId: row.apartment_id,
    balance: Number(row.balance),
    buildingId: row.building_id,
    openItems: openItems.get(row.apartment_id) ?? [],
    owner: {
      email: row.email,
      name: row.name,
      phone: row.phone,
      portalUserId: row.portal_user,
      postalAddress: row.postal,
    },
  }))
  return {
    asOf,
    history: contacts.rows.map((row) => ({
      apartmentId: row.apartment_id,
      channel: row.channel,
      policyId: row.policy_id,
      sentAt: row.sent,
      stepIndex: Number(row.step_index), // a Payload number column: numeric, read as text
    })),
    officeId,
    policies: policies.docs.map((doc) => policyFromDoc(doc)),
    policyId,
    positions,
    promises: promises.rows.map((row) => ({
      amount: Number(row.amount),
      apartmentId: row.apartment_id,
      dueDate: row.due,
      graceDays: Number(row.grace_days ?? 0),
      id: row.id,
      madeOn: row.made,
      status: row.status,
    })),
  }
}
