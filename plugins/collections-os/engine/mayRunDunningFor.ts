import { FINANCIAL_WRITERS } from '../../../src/access/financialWriters'
import type { UserScope } from '../../../src/access/scopeOf'

/**
 * Whether a caller may start (or restart) a run covering `buildingId` (null: the whole office).
 * Runs are `create: nobody` in the collection, so the run operations decide: platform admins and the
 * office's financial writers may run any policy they can read; a manager only a run confined to
 * one of their assigned buildings, never an office-wide one.
 */
export const mayRunDunningFor = ({
  buildingId,
  scope,
}: {
  buildingId: null | number
  scope: UserScope
}): boolean => {
  if (scope.role === 'platform-admin') return true
  if (scope.role !== null && FINANCIAL_WRITERS.includes(scope.role)) return true
  return scope.role === 'manager' && buildingId !== null && scope.buildingIds.includes(buildingId)
}

/** What a caller who may not run a building's dunning is told. */
export const MAY_NOT_RUN =
  'Only office admins, accountants and managers of the building may run dunning'
