import { createHash } from 'node:crypto'

import { canonicalJson } from '../../../src/lib/json/canonicalJson'
import type { PlanInput } from './planInput'
import type { PlanApartment } from './types'

const byId = <T extends { id: number }>(list: readonly T[]) => [...list].sort((a, b) => a.id - b.id)
const sortedNumbers = (list: readonly number[]) => [...list].sort((a, b) => a - b)

/**
 * The parts of an apartment a plan's outcome depends on. Charge issues depend on shares, not on
 * balances (a payment between dry-run and execute changes the preview's balance, not what is
 * charged, so it is no drift); reminders and exports depend on the balance and the contact data.
 */
const apartmentMaterial = (action: PlanInput['action'], apartment: PlanApartment) => {
  switch (action) {
    case 'common-expense-issue':
    case 'recurring-expenses':
      return { buildingId: apartment.buildingId, id: apartment.id, shares: apartment.shares }
    case 'reversal':
      return { buildingId: apartment.buildingId, id: apartment.id }
    case 'reminders':
    case 'export':
      return apartment
  }
}

/**
 * SHA-256 (hex) of a canonical JSON of everything the plan was computed from: action, scope,
 * parameters, the apartments (as far as the action reads them), the expenses or recurring
 * expenses with amounts and update times, the original charges of a reversal, and the effect keys
 * that exist already. Independent of load order; execute recomputes it and refuses on a mismatch.
 */
export const planHash = (input: PlanInput): string => {
  const material = {
    ...input,
    apartments: byId(input.apartments).map((apartment) =>
      apartmentMaterial(input.action, apartment),
    ),
    scope: {
      ...input.scope,
      apartments: sortedNumbers(input.scope.apartments),
      buildings: sortedNumbers(input.scope.buildings),
    },
    ...('existingKeys' in input ? { existingKeys: [...input.existingKeys].sort() } : {}),
    ...('expenses' in input ? { expenses: byId(input.expenses) } : {}),
    ...('recurring' in input
      ? {
          recurring: byId(input.recurring).map((r) => ({
            ...r,
            activeMonths: [...r.activeMonths].sort(),
          })),
        }
      : {}),
    ...('charges' in input ? { charges: byId(input.charges) } : {}),
  }
  return createHash('sha256').update(canonicalJson(material)).digest('hex')
}
