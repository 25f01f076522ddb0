import type { PayloadRequest } from 'payload'

import { idOf } from '../../../../src/access/scopeOf'
import type { FieldError } from '../../../../src/lib/validation/validationError'
import { findVisible } from '../access/findVisible'
import type { Caller } from '../access/resolveCaller'

/**
 * The office a new policy belongs to: its building's office (the building must be one the caller
 * sees in an office where the feature is on), else the named office, else the caller's only one.
 * Field errors mirror the collection's own ("Building not found" whether it exists or not).
 */
export const policyOffice = async ({
  building,
  caller,
  office,
  req,
}: {
  building: null | number
  caller: Caller
  office: number | undefined
  req: PayloadRequest
}): Promise<{ errors: FieldError[] } | { officeId: number }> => {
  if (building !== null) {
    const doc = await findVisible({ caller, collection: 'buildings', id: building, req })
    const officeId = idOf(doc?.tenant)
    if (officeId === null) return { errors: [{ message: 'Building not found', path: 'building' }] }
    if (office !== undefined && office !== officeId) return { errors: [{ message: "Must be the building's office", path: 'office' }] }
    return { officeId }
  }
  if (office !== undefined) {
    return caller.officeIds.includes(office) ? { officeId: office } : { errors: [{ message: 'Office not found', path: 'office' }] }
  }
  const own = caller.scope.role === 'platform-admin' ? [] : caller.officeIds
  if (own.length === 1) return { officeId: own[0] }
  return { errors: [{ message: 'Name the office: it cannot be told from your account', path: 'office' }] }
}
