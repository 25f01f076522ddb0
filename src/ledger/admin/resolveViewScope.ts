import type { PayloadRequest } from 'payload'

import { scopeOf } from '../../access/scopeOf'
import type { ScopedUser } from '../../access/scopeOf'
import { DomainError } from '../../lib/errors/domainError'
import { resolveFinancialScope } from '../operations/financialScope'
import type { FinancialScope } from '../operations/financialScope'

/** The office the multi-tenant plugin's selector last chose (its cookie). */
export const TENANT_COOKIE = 'payload-tenant'

/** Why a view shows no office: what the financial API would have answered, for a banner. */
export type ScopeFailure = { message: string; status: number }

export const isScopeFailure = (value: FinancialScope | ScopeFailure): value is ScopeFailure =>
  'status' in value

/**
 * The office and buildings a feature view shows, by the same rules as the financial API
 * (`resolveFinancialScope`): office staff see their office, managers their assigned buildings,
 * anyone else nothing. The office comes from `?office=`, else from the admin's office selector
 * when it names one of the user's offices, else from the user's only office; a foreign or unknown
 * office is a 404 like a missing one. A refusal comes back as a `ScopeFailure` for the view to
 * show, not thrown: a view answers with a page, not an error.
 */
export const resolveViewScope = async ({
  office,
  req,
  selectedOffice,
}: {
  office?: number
  req: PayloadRequest
  /** The selector's cookie value, if any. */
  selectedOffice?: string
}): Promise<FinancialScope | ScopeFailure> => {
  const scope = scopeOf(req.user as ScopedUser | null)
  const selected = Number(selectedOffice)
  const isSelectable =
    Number.isSafeInteger(selected) &&
    (scope.role === 'platform-admin' || scope.officeIds.includes(selected))
  try {
    return await resolveFinancialScope({
      office: office ?? (isSelectable ? selected : undefined),
      req,
    })
  } catch (err) {
    if (err instanceof DomainError) return { message: err.message, status: err.status }
    throw err
  }
}
