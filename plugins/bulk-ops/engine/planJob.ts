import { expenseReference, recurringReference } from './effectKeys'
import { estimateImpact } from './estimateImpact'
import { planChargeItems } from './planChargeItems'
import { planExportItems } from './planExportItems'
import { planHash } from './planHash'
import type { PlanInput } from './planInput'
import { planReminderItems } from './planReminderItems'
import { planReversalItems } from './planReversalItems'
import { recurringForPeriod } from './recurringForPeriod'
import type { BulkPlan, PlannedItem } from './types'

const itemsOf = (
  input: PlanInput,
  paymentLinkOf: (apartmentId: number) => string,
): PlannedItem[] => {
  const { apartments, scope } = input
  switch (input.action) {
    case 'common-expense-issue':
      return planChargeItems({
        apartments,
        dueDate: input.parameters.dueDate,
        existingKeys: new Set(input.existingKeys),
        expenses: input.expenses,
        period: scope.period ?? '',
        referenceOf: (expense) => expenseReference(expense.id),
        scope,
        source: 'common-expense',
      })
    case 'recurring-expenses': {
      const period = scope.period ?? ''
      return planChargeItems({
        apartments,
        dueDate: input.parameters.dueDate,
        existingKeys: new Set(input.existingKeys),
        expenses: recurringForPeriod({ period, recurring: input.recurring }),
        period,
        referenceOf: (expense) => recurringReference(expense.id, period),
        scope,
        source: 'recurring',
      })
    }
    case 'reminders':
      return planReminderItems({
        apartments,
        ...input.parameters,
        ...input.office,
        paymentLinkOf,
        scope,
      })
    case 'export':
      return planExportItems({ apartments, scope })
    case 'reversal':
      return planReversalItems({
        apartments,
        charges: input.charges,
        existingKeys: new Set(input.existingKeys),
        scope,
      })
  }
}

/** A job's plan: its items (preview, validation errors), the estimated impact and the plan hash. */
export const planJob = ({
  input,
  paymentLinkOf,
}: {
  input: PlanInput
  paymentLinkOf: (apartmentId: number) => string
}): BulkPlan => {
  const items = itemsOf(input, paymentLinkOf)
  return { estimatedImpact: estimateImpact(items), items, planHash: planHash(input) }
}
