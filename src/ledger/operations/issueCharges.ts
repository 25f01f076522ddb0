import type { PayloadRequest } from 'payload'

import type { CHARGE_SOURCES } from '../../../collections/ledger/constants'
import { inTransaction } from '../../lib/db/inTransaction'
import { arrayParam, sql } from '../../lib/db/transaction'
import type { LedgerOrigin } from '../../lib/events/eventCatalog'
import { keepOpenItemsAfterIssue } from './keepOpenItemsAfterIssue'
import { chargeFacts, recordLedgerFacts } from './ledgerFacts'
import type { ChargeFact } from './ledgerFacts'

/** The sources of charges the system issues; `manual` charges are staff's, through the collection. */
export type SystemChargeSource = Exclude<(typeof CHARGE_SOURCES)[number], 'manual'>

/** A charge (or, for `issueCreditNotes`, a credit note) a plugin's automation issues. */
export type ChargeToIssue = {
  apartment: number
  /** Whole cents, positive: what the apartment owes (or, for a credit note, what it is credited). */
  amount: number
  category?: null | number
  description: string
  /** `YYYY-MM-DD`, a calendar day of the office; stored at 12:00 in the office's time zone. */
  dueDate: string
  /** The automation's own record of why (a bulk job item, a dunning event), audited with it. */
  origin: LedgerOrigin
  period: string
  /** The natural key: unique per apartment and source (`charges_system_key_idx`). */
  reference: string
  source: SystemChargeSource
}

/** A charge this call created (amount as stored: negative for a credit note). */
export type IssuedCharge = Pick<
  ChargeFact,
  'amount' | 'apartment' | 'building' | 'id' | 'origin' | 'reference'
>

type Issue = {
  /** Who the audit trail names: a system label (`system:bulk-ops`); the user on `req` otherwise. */
  actor?: string
  office: number
  req: PayloadRequest
}

/**
 * Issues system charges of one office, in `req`'s transaction: one multi-row INSERT, each charge
 * due at 12:00 office time on its day and keyed by its reference (a charge whose key exists
 * already, from a retry, a replay or a concurrent worker, is skipped, never created twice), only
 * for apartments of the office; the open items of the charged apartments kept
 * (`keepOpenItemsAfterIssue`); and the facts of each created charge (`charge.created` audited,
 * `charge.issued` emitted). Returns the charges created now.
 */
export const issueCharges = ({
  charges,
  ...issue
}: Issue & { charges: readonly ChargeToIssue[] }) =>
  issueSystemCharges({ ...issue, charges, sign: 1 })

/**
 * Issues credit notes of one office: negative charges of the credited charge's source (a
 * reversal's), by the same rules as `issueCharges`; audited `credit-note.created`, emitted
 * `credit-note.issued`.
 */
export const issueCreditNotes = ({
  creditNotes,
  ...issue
}: Issue & { creditNotes: readonly ChargeToIssue[] }) =>
  issueSystemCharges({ ...issue, charges: creditNotes, sign: -1 })

const assertIssuable = (charge: ChargeToIssue) => {
  if (!Number.isSafeInteger(charge.amount) || charge.amount <= 0) {
    throw new RangeError(`charge ${charge.reference}: amount must be positive whole cents`)
  }
  if (!charge.reference) throw new TypeError('a system charge needs its reference (natural key)')
}

type Created = {
  amount: string
  apartment_id: number
  building_id: number
  category_id: null | number
  description: null | string
  due: string
  id: number
  period: null | string
  source: string
  source_reference: string
}

const issueSystemCharges = async ({
  actor,
  charges,
  office,
  req,
  sign,
}: Issue & { charges: readonly ChargeToIssue[]; sign: -1 | 1 }): Promise<IssuedCharge[]> => {
  if (charges.length === 0) return []
  charges.forEach(assertIssuable)
  const column = (pick: (charge: ChargeToIssue) => unknown, type: string) =>
    arrayParam(charges.map(pick), type)
  return inTransaction(req, async (db) => {
    const { rows } = await db.execute<Created>(sql`
      insert into charges (tenant_id, building_id, apartment_id, period, category_id, amount, open_amount,
                           due_date, source, source_reference, description)
      select a.tenant_id, a.building_id, a.id, x.period, x.category, x.amount, greatest(x.amount, 0),
             (x.due::date + time '12:00') at time zone o.timezone, x.source::enum_charges_source, x.reference,
             x.description
        from unnest(${column((c) => c.apartment, 'int[]')}, ${column((c) => c.period, 'varchar[]')},
                    ${column((c) => c.category ?? null, 'int[]')}, ${column((c) => sign * c.amount, 'numeric[]')},
                    ${column((c) => c.dueDate, 'varchar[]')}, ${column((c) => c.source, 'varchar[]')},
                    ${column((c) => c.reference, 'varchar[]')}, ${column((c) => c.description.slice(0, 300), 'varchar[]')})
             as x(apartment_id, period, category, amount, due, source, reference, description)
        join apartments a on a.id = x.apartment_id and a.tenant_id = ${office}
        join offices o on o.id = a.tenant_id
      on conflict (apartment_id, source, source_reference) where source <> 'manual' and source_reference is not null
      do nothing
      returning id, apartment_id, building_id, amount, period, category_id, description, source, source_reference,
                to_char(due_date at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as due`)
    await keepOpenItemsAfterIssue({ chargeIds: rows.map((row) => row.id), req })
    const keyOf = (apartment: number, source: string, reference: string) =>
      `${apartment}|${source}|${reference}`
    const originOf = new Map(
      charges.map((charge) => [
        keyOf(charge.apartment, charge.source, charge.reference),
        charge.origin,
      ]),
    )
    const created: ChargeFact[] = rows.map((row) => ({
      id: row.id,
      amount: Number(row.amount),
      apartment: row.apartment_id,
      building: row.building_id,
      category: row.category_id,
      description: row.description,
      dueDate: row.due,
      origin: originOf.get(keyOf(row.apartment_id, row.source, row.source_reference)) ?? null,
      period: row.period,
      reference: row.source_reference,
      source: row.source,
      tenant: office,
    }))
    await recordLedgerFacts({ facts: chargeFacts(created, { actor }), req })
    return created.map(({ amount, apartment, building, id, origin, reference }) => ({
      amount,
      apartment,
      building,
      id,
      origin,
      reference,
    }))
  })
}
