import type { PayloadRequest } from 'payload'

import { scopeOf } from '../../../src/access/scopeOf'
import type { ScopedUser } from '../../../src/access/scopeOf'
import { conflict, forbidden } from '../../../src/lib/errors/domainError'
import { canWritePolicies } from '../engine/canWritePolicies'
import { DUNNING_POLICIES, DUNNING_RUNS } from '../constants'

/**
 * Deletes a policy nobody has run: runs and their events point at it (not null), and they are the
 * history of who was contacted, so a policy with runs is deactivated instead (409). Only office
 * admins and accountants may (403, said before the 409 so a reader learns nothing more).
 */
export const deletePolicy = async ({
  policyId,
  req,
}: {
  policyId: number
  req: PayloadRequest
}) => {
  if (!canWritePolicies(scopeOf(req.user as null | ScopedUser))) {
    throw forbidden('Only office admins and accountants manage policies')
  }
  const runs = await req.payload.count({
    collection: DUNNING_RUNS,
    req,
    where: { policy: { equals: policyId } },
  })
  if (runs.totalDocs > 0) {
    throw conflict(
      'policy-has-runs',
      'The policy has runs: deactivate it (isActive: false) instead',
    )
  }
  await req.payload.delete({
    collection: DUNNING_POLICIES,
    id: policyId,
    overrideAccess: false,
    req,
  })
}
