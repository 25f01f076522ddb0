import type { PayloadRequest } from 'payload'

import { isScopeFailure, resolveViewScope } from '../../../src/ledger/admin/resolveViewScope'
import type { ScopeFailure } from '../../../src/ledger/admin/resolveViewScope'
import { readEnv } from '../../../src/lib/env'
import { isFeatureEnabled } from '../../../src/lib/flags/isFeatureEnabled'
import { officeLocale } from '../../../src/lib/locale/officeLocale'
import type { MoneyLocale } from '../../../src/lib/money/formatMoney'
import type { FinancialScope } from '../../../src/ledger/operations/financialScope'

/** The office and buildings the Bulk Center and its widgets show, with what they format money by. */
export type BulkViewScope = FinancialScope & { locale: MoneyLocale; officeName: string }

/**
 * Whose bulk jobs a page shows: the view's office and buildings (`resolveViewScope`, the rules of
 * the Bulk API), and a 404 like a missing office where Bulk Ops is off.
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
  const scope = await resolveViewScope({ office, req, selectedOffice })
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
  return { ...scope, locale: officeLocale(officeDoc.locale), officeName: officeDoc.name }
}
