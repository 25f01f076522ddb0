import { effectKey, reversalReference } from './effectKeys'
import { resolveTargets } from './resolveTargets'
import { notInScope, skippedItem } from './skippedItem'
import type { ChargeLine, JobScope, PlanApartment, PlannedItem, PlanOriginalCharge } from './types'

/**
 * The items of a `reversal`: for each apartment the reversed job charged (within the reversal's
 * scope), an offsetting charge per charge it created: the negative amount, same source, period and
 * category, keyed `reversal:<chargeId>`, so the ledger treats it as a credit note and nothing is
 * reversed twice (a second reversal of the same job reports `already-issued`).
 */
export const planReversalItems = ({
  apartments,
  charges,
  existingKeys,
  scope,
}: {
  apartments: readonly PlanApartment[]
  charges: readonly PlanOriginalCharge[]
  existingKeys: ReadonlySet<string>
  scope: JobScope
}): PlannedItem[] => {
  const byApartment = new Map<number, PlanOriginalCharge[]>()
  for (const charge of [...charges].sort((a, b) => a.id - b.id)) {
    const list = byApartment.get(charge.apartmentId)
    if (list) list.push(charge)
    else byApartment.set(charge.apartmentId, [charge])
  }
  return resolveTargets({ apartments, scope })
    .filter(({ apartment }) => byApartment.has(apartment.id))
    .map(({ apartment, isInScope }) => {
      if (!isInScope) return notInScope(apartment)
      const lines: ChargeLine[] = []
      const alreadyIssued: { ref: number; reference: string }[] = []
      for (const charge of byApartment.get(apartment.id) ?? []) {
        const reference = reversalReference(charge.id)
        if (existingKeys.has(effectKey(apartment.id, reference))) {
          alreadyIssued.push({ ref: charge.id, reference })
          continue
        }
        lines.push({
          amount: -charge.amount,
          category: charge.categoryId,
          charge: charge.id,
          description: `Reversal of charge #${charge.id}`,
          dueDate: charge.dueDate,
          period: charge.period,
          reference,
          source: charge.source,
        })
      }
      if (lines.length === 0) {
        return skippedItem({
          apartment,
          preview: { alreadyIssued },
          validationErrors: [{ code: 'already-issued', message: 'Already reversed' }],
        })
      }
      const amount = lines.reduce((sum, line) => sum + line.amount, 0)
      return {
        amount,
        apartmentId: apartment.id,
        buildingId: apartment.buildingId,
        preview: {
          after: apartment.balance + amount,
          before: apartment.balance,
          lines,
          ...(alreadyIssued.length > 0 ? { alreadyIssued } : {}),
        },
        status: 'pending',
        validationErrors: [],
      }
    })
}
