import type { ItemPreview, ItemValidationError, PlanApartment, PlannedItem } from './types'

/** An item that will not run: nothing to create, the balance unchanged. */
export const skippedItem = ({
  apartment,
  preview = {},
  validationErrors = [],
}: {
  apartment: PlanApartment
  preview?: Partial<ItemPreview>
  validationErrors?: ItemValidationError[]
}): PlannedItem => ({
  amount: 0,
  apartmentId: apartment.id,
  buildingId: apartment.buildingId,
  preview: { after: apartment.balance, before: apartment.balance, lines: [], ...preview },
  status: 'skipped',
  validationErrors,
})

export const notInScope = (apartment: PlanApartment): PlannedItem =>
  skippedItem({
    apartment,
    validationErrors: [
      {
        code: 'apartment-not-in-scope',
        message: `Apartment ${apartment.label} is not in the job's buildings`,
      },
    ],
  })
