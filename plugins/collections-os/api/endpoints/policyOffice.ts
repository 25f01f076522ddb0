import type { PayloadRequest } from 'payload'

import { idOf } from '../../../../src/access/scopeOf'
import type { ApiCaller } from '../../../../src/lib/api/apiCaller'
import { findVisible } from '../../../../src/lib/api/findVisible'
import { officeOfNewRow } from '../../../../src/lib/api/officeOfNewRow'
import type { FieldError } from '../../../../src/lib/validation/validationError'

/**
 * The office a new policy belongs to: its building's office (the building must be one the caller
 * sees in an office where the feature is on), else the named office or the caller's only one.
 * Field errors mirror the collection's own ("Building not found" whether it exists or not).
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
}): Promise<{ errors: FieldError[] } | { officeId: number }> => {
  if (building !== null) {
    const doc = await findVisible({ caller, collection: 'buildings', id: building, req })
    const officeId = idOf(doc?.tenant)
    if (officeId === null) return { errors: [{ message: 'Building not found', path: 'building' }] }
    if (office !== undefined && office !== officeId)
      return { errors: [{ message: "Must be the building's office", path: 'office' }] }
    return { officeId }
  }
  return officeOfNewRow({ caller, office })
}
