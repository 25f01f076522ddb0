import type { Payload } from 'payload'

import type { ChargeLine } from '../../plugins/bulk-ops/engine/types'
import { poolOf } from '../../src/lib/db/poolOf'

export type NaiveCharge = { apartmentId: number; line: ChargeLine }

/**
 * The first `limit` charges a dry-run planned, in item order, as the persisted plan holds them:
 * what the naive reference creates one by one.
 */
export const plannedChargesSample = async (
  payload: Payload,
  { jobId, limit }: { jobId: number; limit: number },
): Promise<NaiveCharge[]> => {
  const { rows } = await poolOf(payload).query<{
    apartment_id: number
    preview: { lines: ChargeLine[] }
  }>(
    `select apartment_id, preview from bulk_job_items where job_id = $1 and status = 'pending' order by id limit $2`,
    [jobId, limit],
  )
  return rows
    .flatMap((row) => row.preview.lines.map((line) => ({ apartmentId: row.apartment_id, line })))
    .slice(0, limit)
}

/**
 * Reference: what issuing a month looks like without Bulk Ops, one `payload.create` per charge
 * (field validation, the scope hook's apartment lookup, the ledger's open-items upkeep and the
 * audit event, each charge in its own transaction). Given the planned lines, so the reference
 * is spared the splitting; the due date is 12:00 office time as the bulk executor stores it.
 * Returns the cents it charged.
 */
export const naiveChargeLoop = async (
  payload: Payload,
  { charges, timezone }: { charges: readonly NaiveCharge[]; timezone: string },
): Promise<number> => {
  const dueAt = new Map<string, string>()
  for (const due of new Set(charges.map((charge) => charge.line.dueDate))) {
    const { rows } = await poolOf(payload).query<{ at: Date }>(
      `select ($1::date + time '12:00') at time zone $2 as at`,
      [due, timezone],
    )
    dueAt.set(due, rows[0].at.toISOString())
  }
  let cents = 0
  for (const { apartmentId, line } of charges) {
    const created = await payload.create({
      collection: 'charges',
      data: {
        amount: line.amount,
        apartment: apartmentId,
        category: line.category,
        description: line.description,
        dueDate: dueAt.get(line.dueDate)!,
        period: line.period,
        source: line.source,
        sourceReference: line.reference,
      },
      depth: 0,
    })
    cents += created.amount
  }
  return cents
}
