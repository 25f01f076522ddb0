import { invalidField } from '../errors/domainError'
import type { ApiCaller } from './apiCaller'

/**
 * The office a new office-level row (a policy, a template) belongs to: the named `office` when it
 * is one of the caller's enabled offices, else the caller's only office. A platform admin, or a
 * caller of several offices, must name it. Refusals are `invalid` on the `office` field.
 */
export const officeOfNewRow = ({
  caller,
  office,
}: {
  caller: ApiCaller
  office: number | undefined
}): number => {
  if (office !== undefined) {
    if (caller.officeIds.includes(office)) return office
    throw invalidField('office', 'Office not found')
  }
  const own = caller.scope.role === 'platform-admin' ? [] : caller.officeIds
  if (own.length === 1) return own[0]
  throw invalidField('office', 'Name the office: it cannot be told from your account')
}
