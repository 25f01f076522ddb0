import type { ChargeToIssue } from '../../../src/ledger/operations/issueCharges'
import { issueCharges, issueCreditNotes } from '../../../src/ledger/operations/issueCharges'
import { BULK_JOB_ITEMS } from '../constants'
import { effectKey } from '../engine/effectKeys'
import { BULK_SYSTEM_ACTOR } from './bulkAudit'
import { completeItems } from './completeItems'
import type { ItemOutcome } from './completeItems'
import type { ApplyBatch } from './executeItemBatches'
import type { ClaimedItem } from './claimItems'
import type { ChargeLine } from '../engine/types'

/**
 * One batch of a charge job (issue, recurring, reversal) in the batch's transaction: every line of
 * every item through the ledger's own write path (`issueCharges`, and `issueCreditNotes` for a
 * reversal's negative lines), which keys each charge by its reference, keeps the open items and
 * audits each charge with its item as the origin; then the items' outcomes. An item whose every
 * charge exists already (issued meanwhile by someone else) is `skipped` as `already-issued`,
 * never charged twice.
 */
const toIssue = (item: ClaimedItem, line: ChargeLine): ChargeToIssue => ({
  amount: Math.abs(line.amount),
  apartment: item.apartmentId,
  category: line.category,
  description: line.description,
  dueDate: line.dueDate,
  origin: { id: item.id, type: BULK_JOB_ITEMS },
  period: line.period,
  reference: line.reference,
  source: line.source,
})

/** The lines of the items whose amount has `sign`, as the ledger issues them. */
const linesOf = (items: readonly ClaimedItem[], sign: -1 | 1) =>
  items.flatMap((item) =>
    item.preview.lines
      .filter((line) => Math.sign(line.amount) === sign)
      .map((line) => toIssue(item, line)),
  )

export const applyChargeItems: ApplyBatch = async ({ db, items, job, req }) => {
  const issue = { actor: BULK_SYSTEM_ACTOR, office: job.tenant, req }
  const created = [
    ...(await issueCharges({ ...issue, charges: linesOf(items, 1) })),
    ...(await issueCreditNotes({ ...issue, creditNotes: linesOf(items, -1) })),
  ]

  const byKey = new Map(
    created.map((charge) => [effectKey(charge.apartment, charge.reference ?? ''), charge]),
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
          amount: mine.reduce((sum, charge) => sum + charge.amount, 0),
          effectIds: mine.map((charge) => charge.id),
          effectType: 'charges',
          item,
          status: 'succeeded',
        }
  })
  return completeItems({ db, job, outcomes, req })
}
