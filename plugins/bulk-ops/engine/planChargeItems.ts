import { distributeExpense } from './distributeExpense'
import type { Distribution } from './distributeExpense'
import { effectKey } from './effectKeys'
import { resolveTargets } from './resolveTargets'
import { notInScope, skippedItem } from './skippedItem'
import type {
  ChargeEffectSource,
  ChargeLine,
  ItemValidationError,
  JobScope,
  PlanApartment,
  PlanExpense,
  PlannedItem,
} from './types'

/**
 * The items of a charge issue (`common-expense-issue`, `recurring-expenses`): per apartment in
 * scope, its part of each of its building's expenses, split over the whole building so the parts
 * add up to each expense. Lines whose effect key exists already are left out (a partly issued
 * period gets only what is new); an apartment with nothing new reports `already-issued`. An
 * apartment whose building has no expense, or an expense whose share column sums to zero, is
 * skipped with the error, so the office fixes the data instead of issuing half a month.
 */
export const planChargeItems = ({
  apartments,
  dueDate,
  existingKeys,
  expenses,
  period,
  referenceOf,
  scope,
  source,
}: {
  apartments: readonly PlanApartment[]
  dueDate: string
  /** `effectKey(apartment, reference)` of every charge that exists already. */
  existingKeys: ReadonlySet<string>
  expenses: readonly PlanExpense[]
  period: string
  referenceOf: (expense: PlanExpense) => string
  scope: JobScope
  source: ChargeEffectSource
}): PlannedItem[] => {
  // Grouped once by building, so a plan stays linear in apartments and expenses on large offices.
  const apartmentsByBuilding = groupBy(apartments, (apartment) => apartment.buildingId)
  const expensesByBuilding = groupBy(
    [...expenses].sort((a, b) => a.id - b.id),
    (expense) => expense.buildingId,
  )
  const distributions = new Map<number, Distribution>()
  const distributionOf = (expense: PlanExpense) => {
    let found = distributions.get(expense.id)
    if (!found) {
      found = distributeExpense({
        apartments: apartmentsByBuilding.get(expense.buildingId) ?? [],
        expense,
      })
      distributions.set(expense.id, found)
    }
    return found
  }

  return resolveTargets({ apartments, scope }).map(({ apartment, isInScope }) => {
    if (!isInScope) return notInScope(apartment)
    const own = expensesByBuilding.get(apartment.buildingId) ?? []
    if (own.length === 0) {
      return skippedItem({
        apartment,
        validationErrors: [
          { code: 'no-expenses', message: `Nothing to issue for ${period} in this building` },
        ],
      })
    }
    const errors: ItemValidationError[] = []
    const lines: ChargeLine[] = []
    const alreadyIssued: { ref: number; reference: string }[] = []
    for (const expense of own) {
      const distribution = distributionOf(expense)
      if (distribution.kind === 'no-shares') {
        errors.push({
          code: 'no-shares',
          message: `No apartment of the building has ${expense.shareColumn} shares for "${expense.description}"`,
          ref: expense.id,
        })
        continue
      }
      const amount = distribution.parts.get(apartment.id) ?? 0
      if (amount === 0) continue
      const reference = referenceOf(expense)
      if (existingKeys.has(effectKey(apartment.id, reference))) {
        alreadyIssued.push({ ref: expense.id, reference })
        continue
      }
      lines.push({
        amount,
        category: expense.categoryId,
        description: expense.description,
        dueDate,
        expense: expense.id,
        period,
        reference,
        source,
      })
    }
    if (errors.length > 0) return skippedItem({ apartment, validationErrors: errors })
    if (lines.length === 0 && alreadyIssued.length > 0) {
      return skippedItem({
        apartment,
        preview: { alreadyIssued },
        validationErrors: [{ code: 'already-issued', message: `Already issued for ${period}` }],
      })
    }
    if (lines.length === 0)
      return skippedItem({ apartment, preview: { skipReason: 'zero-amount' } })
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

const groupBy = <T>(list: readonly T[], keyOf: (value: T) => number): Map<number, T[]> => {
  const groups = new Map<number, T[]>()
  for (const value of list) {
    const group = groups.get(keyOf(value))
    if (group) group.push(value)
    else groups.set(keyOf(value), [value])
  }
  return groups
}
