import type { Payload } from 'payload'

import { poolOf } from '../../lib/db/poolOf'
import type { MoneyLocale } from '../../lib/money/formatMoney'
import { daysPastDue } from '../engine/agingBucket'
import { officeToday } from '../engine/officeCalendar'
import { officeLocale } from '../../lib/locale/officeLocale'

export type ApartmentStatement = {
  apartment: {
    address: string
    building: string
    city: string
    label: string
    owner: null | string
  }
  /** Cents owed now (negative: a credit). */
  balance: number
  office: { currency: string; locale: MoneyLocale; name: string }
  openItems: {
    amount: number
    daysOverdue: number
    description: null | string
    dueDate: string
    open: number
    period: null | string
  }[]
  recentPayments: { amount: number; receivedOn: string; reference: null | string }[]
  today: string
}

const RECENT_PAYMENTS = 12

/**
 * What an owner sees on the statement page: the balance, each open charge with what is still
 * due and how late it is, and the latest payments, in the office's calendar. Three statements
 * (apartment with office and balance, open charges, recent payments). Null for an unknown id.
 */
export const apartmentStatement = async ({
  apartmentId,
  payload,
}: {
  apartmentId: number
  payload: Payload
}): Promise<ApartmentStatement | null> => {
  const pool = poolOf(payload)
  const { rows } = await pool.query<{
    address: string
    balance: null | string
    building: string
    city: string
    currency: string
    label: string
    locale: null | string
    office: string
    owner: null | string
    timezone: string
  }>(
    `select a.label, a.owner_name as owner, b.name as building, b.address, b.city, o.name as office, o.currency, o.locale, o.timezone,
            ab.balance
     from apartments a join buildings b on b.id = a.building_id join offices o on o.id = a.tenant_id
     left join apartment_balances ab on ab.apartment_id = a.id
     where a.id = $1`,
    [apartmentId],
  )
  const head = rows[0]
  if (!head) return null
  const today = officeToday(head.timezone)
  const [open, payments] = [
    await pool.query<{
      amount: string
      description: null | string
      due: string
      open: string
      period: null | string
    }>(
      `select amount, open_amount as open, period, description, to_char(due_date at time zone $2, 'YYYY-MM-DD') as due
       from charges where apartment_id = $1 and open_amount > 0 order by due_date, id`,
      [apartmentId, head.timezone],
    ),
    await pool.query<{ amount: string; received: string; reference: null | string }>(
      `select amount, external_reference as reference, to_char(received_at at time zone $2, 'YYYY-MM-DD') as received
       from payments where apartment_id = $1 order by received_at desc, id desc limit $3`,
      [apartmentId, head.timezone, RECENT_PAYMENTS],
    ),
  ]
  return {
    apartment: {
      address: head.address,
      building: head.building,
      city: head.city,
      label: head.label,
      owner: head.owner,
    },
    balance: Number(head.balance ?? 0),
    office: {
      currency: head.currency,
      locale: officeLocale(head.locale),
      name: head.office,
    },
    openItems: open.rows.map((row) => ({
      amount: Number(row.amount),
      daysOverdue: Math.max(0, daysPastDue(row.due, today)),
      description: row.description,
      dueDate: row.due,
      open: Number(row.open),
      period: row.period,
    })),
    recentPayments: payments.rows.map((row) => ({
      amount: Number(row.amount),
      receivedOn: row.received,
      reference: row.reference,
    })),
    today,
  }
}
