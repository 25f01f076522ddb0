import type { PayloadRequest } from 'payload'

import { scopeOf } from '../../../src/access/scopeOf'
import type { ScopedUser } from '../../../src/access/scopeOf'
import { forbidden } from '../../../src/lib/errors/domainError'
import { mayWriteTemplates } from '../engine/mayWriteTemplates'

type ScopeInput = { apartments?: number[]; buildings?: number[]; period?: string }

/** The rules every template write shares: who may write, and the scope as the collection stores it. */
export const templateWrite = {
  /** Only financial writers write templates (403, said before any field error). */
  assertWriter: (req: PayloadRequest): void => {
    if (!mayWriteTemplates(scopeOf(req.user as null | ScopedUser))) {
      throw forbidden('Only office admins and accountants manage bulk templates')
    }
  },
  /** The whole scope group, so a change replaces it. */
  storedScope: (scope: ScopeInput) => ({
    apartments: scope.apartments ?? [],
    buildings: scope.buildings ?? [],
    period: scope.period ?? null,
  }),
}
