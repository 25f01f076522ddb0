import { formatCents } from '../../../src/lib/money/formatCents'
import { resolveTargets } from './resolveTargets'
import { notInScope } from './skippedItem'
import type { ExportRow, JobScope, PlanApartment, PlannedItem } from './types'

const rowOf = (apartment: PlanApartment): ExportRow => ({
  apartment: apartment.label,
  balance: formatCents(apartment.balance),
  building: apartment.buildingName,
  email: apartment.owner.email,
  oldest_unpaid_due_date: apartment.oldestUnpaidDueDate,
  open_items: apartment.openItems,
  owner: apartment.owner.name,
  phone: apartment.owner.phone,
})

/**
 * The items of an `export` job: one CSV row per apartment in scope (balance in currency units
 * with two decimals, open items, the oldest unpaid due date), in building and apartment order.
 */
export const planExportItems = ({
  apartments,
  scope,
}: {
  apartments: readonly PlanApartment[]
  scope: JobScope
}): PlannedItem[] =>
  resolveTargets({ apartments, scope }).map(({ apartment, isInScope }) =>
    isInScope
      ? {
          amount: apartment.balance,
          apartmentId: apartment.id,
          buildingId: apartment.buildingId,
          preview: {
            after: apartment.balance,
            before: apartment.balance,
            lines: [],
            row: rowOf(apartment),
          },
          status: 'pending',
          validationErrors: [],
        }
      : notInScope(apartment),
  )
