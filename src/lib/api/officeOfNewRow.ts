import type { FieldError } from '../validation/validationError'
import type { ApiCaller } from './apiCaller'

/**
 * The office a new office-level row (a policy, a template) belongs to: the named `office` when it
 * is one of the caller's enabled offices, else the caller's only office. A platform admin, or a
 * caller of several offices, must name it. Errors are on the `office` field.
 */
export const officeOfNewRow = ({
  caller,
  office,
}: {
  caller: ApiCaller
  office: number | undefined
}): { errors: FieldError[] } | { officeId: number } => {
  if (office !== undefined) {
    return caller.officeIds.includes(office)
      ? { officeId: office }
      : { errors: [{ message: 'Office not found', path: 'office' }] }
  }
  const own = caller.scope.role === 'platform-admin' ? [] : caller.officeIds
  if (own.length === 1) return { officeId: own[0] }
  return {
    errors: [{ message: 'Name the office: it cannot be told from your account', path: 'office' }],
  }
}
