import type { PayloadRequest } from 'payload'

import { idOf } from '../../../src/access/scopeOf'
import type { ApiCaller } from '../../../src/lib/api/apiCaller'
import { findVisible } from '../../../src/lib/api/findVisible'
import { officeOfNewRow } from '../../../src/lib/api/officeOfNewRow'
import { invalidField } from '../../../src/lib/errors/domainError'

/**
 * The office a new policy belongs to: its building's office (the building must be one the caller
 * sees in an office where the feature is on), else the named office or the caller's only one.
 * Refusals mirror the collection's own ("Building not found" whether it exists or not).
 */
export const policyOffice = async ({
  building,
  caller,
  office,
  req,
}: {
  building: null | number
  caller: ApiCaller
  office: number | undefined
  req: PayloadRequest
}): Promise<number> => {
  if (building === null) return officeOfNewRow({ caller, office })
  const doc = await findVisible({ caller, collection: 'buildings', id: building, req })
  const officeId = idOf(doc?.tenant)
  if (officeId === null) throw invalidField('building', 'Building not found')
  if (office !== undefined && office !== officeId) {
    throw invalidField('office', "Must be the building's office")
  }
  return officeId
}
