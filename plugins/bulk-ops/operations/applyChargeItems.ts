import { keepOpenItemsAfterIssue } from '../../../src/ledger/operations/keepOpenItemsAfterIssue'
import { arrayParam, sql } from '../../../src/lib/db/transaction'
import { effectKey } from '../engine/effectKeys'
import type { ChargeLine } from '../engine/types'
import type { ClaimedItem } from './claimItems'
import { completeItems } from './completeItems'
import type { ItemOutcome } from './completeItems'
import type { ApplyBatch } from './executeItemBatches'

type Created = { amount: string; apartment_id: number; id: number; source_reference: string }

/**
 * One batch of a charge job (issue, recurring, reversal) in the batch's transaction: every line of
 * every item in one multi-row INSERT ... ON CONFLICT DO NOTHING on the system-charge key (due at
 * 12:00 office time, open amount kept by the ledger), the open items of the batch's apartments
 * kept (`keepOpenItemsAfterIssue`: appended where nothing older moves, rebuilt set-based where
 * it does), then the items' outcomes. An item whose every charge exists already (issued
 * meanwhile by someone else) is `skipped` as `already-issued`, never charged twice.
 */
export const applyChargeItems: ApplyBatch = async ({ db, items, job, req }) => {
  const lines = items.flatMap((item) => item.preview.lines.map((line) => ({ item, line })))
  const column = <T>(pick: (entry: { item: ClaimedItem; line: ChargeLine }) => T) => lines.map(pick)
  const created =
    lines.length === 0
      ? []
      : (
          await db.execute<Created>(sql`
      insert into charges (tenant_id, building_id, apartment_id, period, category_id, amount, open_amount, due_date, source, source_reference, description)
      select a.tenant_id, a.building_id, a.id, x.period, x.category, x.amount, greatest(x.amount, 0),
             (x.due::date + time '12:00') at time zone ${job.timezone}, x.source::enum_charges_source, x.reference, x.description
      from unnest(${arrayParam(
        column((e) => e.item.apartmentId),
        'int[]',
      )}, ${arrayParam(
        column((e) => e.line.period),
        'varchar[]',
      )},
                  ${arrayParam(
                    column((e) => e.line.category),
                    'int[]',
                  )}, ${arrayParam(
                    column((e) => e.line.amount),
                    'numeric[]',
                  )},
                  ${arrayParam(
                    column((e) => e.line.dueDate),
                    'varchar[]',
                  )}, ${arrayParam(
                    column((e) => e.line.source),
                    'varchar[]',
                  )},
                  ${arrayParam(
                    column((e) => e.line.reference),
                    'varchar[]',
                  )}, ${arrayParam(
                    column((e) => e.line.description.slice(0, 300)),
                    'varchar[]',
                  )})
           as x(apartment_id, period, category, amount, due, source, reference, description)
      join apartments a on a.id = x.apartment_id and a.tenant_id = ${job.tenant}
      on conflict (apartment_id, source, source_reference) where source <> 'manual' and source_reference is not null do nothing
      returning id, apartment_id, source_reference, amount`)
        ).rows
  await keepOpenItemsAfterIssue({ chargeIds: created.map((charge) => charge.id), req })

  const byKey = new Map(
    created.map((charge) => [effectKey(charge.apartment_id, charge.source_reference), charge]),
  )
  const outcomes: ItemOutcome[] = items.map((item) => {
    const mine = item.preview.lines.flatMap(
      (line) => byKey.get(effectKey(item.apartmentId, line.reference)) ?? [],
    )
    return mine.length === 0
      ? {
          amount: 0,
          effectIds: [],
          effectType: 'charges',
          item,
          status: 'skipped',
          validationErrors: [
            { code: 'already-issued', message: 'Issued meanwhile by another job' },
          ],
        }
      : {
          amount: mine.reduce((sum, charge) => sum + Number(charge.amount), 0),
          effectIds: mine.map((charge) => charge.id),
          effectType: 'charges',
          item,
          status: 'succeeded',
        }
  })
  return completeItems({ db, job, outcomes, req })
}
