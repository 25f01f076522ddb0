import type { PayloadRequest } from 'payload'

import { scopeOf, type ScopedUser } from '../../../src/access/scopeOf'
import { readEnv } from '../../../src/lib/env'
import { isFeatureEnabled } from '../../../src/lib/flags/isFeatureEnabled'
import type { MoneyLocale } from '../../../src/lib/money/formatMoney'
import { type FinancialScope, isScopeFailure, resolveFinancialScope, type ScopeFailure } from '../../../src/ledger/operations/financialScope'

/** The office the multi-tenant plugin's selector last chose (its cookie). */
export const TENANT_COOKIE = 'payload-tenant'

/** The office and buildings the Bulk Center and its widgets show, with what they format money by. */
export type BulkViewScope = FinancialScope & { locale: MoneyLocale; officeName: string }

/**
 * Whose bulk jobs a page shows, by the rules of the Bulk API: office staff see their office,
 * managers their assigned buildings, anyone else nothing. The office comes from `?office=`, else
 * from the admin's office selector when it names one of the user's offices, else from the user's
 * only office. An office that is not the user's, or where Bulk Ops is off, is a 404 like one that
 * does not exist.
 */
export const resolveBulkViewScope = async ({
  office,
  req,
  selectedOffice,
}: {
  office?: number
  req: PayloadRequest
  /** The selector's cookie value, if any. */
  selectedOffice?: string
}): Promise<BulkViewScope | ScopeFailure> => {
  const user = scopeOf(req.user as ScopedUser | null)
  const selected = Number(selectedOffice)
  const isSelectable = Number.isSafeInteger(selected) && (user.role === 'platform-admin' || user.officeIds.includes(selected))
  const scope = await resolveFinancialScope({ office: office ?? (isSelectable ? selected : undefined), req })
  if (isScopeFailure(scope)) return scope
  const officeDoc = await req.payload.findByID({
    collection: 'offices',
    depth: 0,
    id: scope.officeId,
    req,
    select: { featureFlags: true, locale: true, name: true },
  })
  if (!isFeatureEnabled({ flag: 'ENABLE_BULK_OPS', flags: readEnv().flags, office: officeDoc })) {
    return { message: 'Bulk Ops is not enabled for this office', status: 404 }
  }
  return { ...scope, locale: officeDoc.locale === 'el' ? 'el' : 'en', officeName: officeDoc.name }
}

export { isScopeFailure }
