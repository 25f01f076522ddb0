import { largestRemainder } from '../../../src/lib/money/largestRemainder'
import type { PlanApartment, PlanExpense } from './types'

export type Distribution = { kind: 'no-shares' } | { kind: 'split'; parts: Map<number, number> }

/**
 * Splits an expense over every apartment of its building by the category's share column, exact to
 * the cent (largest remainder: the parts add up to the expense; ties go to the lower apartment
 * id, so the split never depends on load order). `no-shares` when the column sums to zero there.
 */
export const distributeExpense = ({
  apartments,
  expense,
}: {
  apartments: readonly PlanApartment[]
  expense: PlanExpense
}): Distribution => {
  const inBuilding = apartments
    .filter((a) => a.buildingId === expense.buildingId)
    .sort((a, b) => a.id - b.id)
  const weights = inBuilding.map((a) => a.shares[expense.shareColumn])
  if (weights.reduce((sum, weight) => sum + weight, 0) === 0) return { kind: 'no-shares' }
  const parts = largestRemainder(expense.amount, weights)
  return { kind: 'split', parts: new Map(inBuilding.map((a, index) => [a.id, parts[index]])) }
}
