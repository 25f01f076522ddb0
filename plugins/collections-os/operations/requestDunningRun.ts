import type { PayloadRequest } from 'payload'

import type { DunningPolicy } from '../../../payload-types'
import { idOf, scopeOf } from '../../../src/access/scopeOf'
import type { ScopedUser } from '../../../src/access/scopeOf'
import { conflict, forbidden, invalidField } from '../../../src/lib/errors/domainError'
import { MAY_NOT_RUN, mayRunDunningFor } from '../engine/mayRunDunningFor'
import { triggerDunningRun } from './triggerDunningRun'

/**
 * A manual run of a policy the caller can read, asked for by `req`'s user: confined to `building`
 * when given (which must be the policy's own building for a building override, and one of the
 * policy's office the user sees: "Building not found" otherwise), allowed when the user may run
 * that scope (`mayRunDunningFor`, 403), refused for an inactive policy (409 `policy-inactive`).
 * The run is queued for the worker and returned.
 */
export const requestDunningRun = async ({
  building,
  isDryRun,
  policy,
  req,
}: {
  building?: number
  isDryRun?: boolean
  policy: DunningPolicy
  req: PayloadRequest
}) => {
  const policyBuilding = idOf(policy.building)
  if (building !== undefined) {
    if (policyBuilding !== null && building !== policyBuilding) {
      throw invalidField(
        'building',
        `The policy is building ${policyBuilding}'s override: its runs cover that building`,
      )
    }
    const { docs } = await req.payload.find({
      collection: 'buildings',
      depth: 0,
      limit: 1,
      overrideAccess: false,
      pagination: false,
      req,
      where: { and: [{ id: { equals: building } }, { tenant: { equals: idOf(policy.tenant) } }] },
    })
    if (docs.length === 0) throw invalidField('building', 'Building not found')
  }
  const buildingId = building ?? policyBuilding
  if (!mayRunDunningFor({ buildingId, scope: scopeOf(req.user as null | ScopedUser) })) {
    throw forbidden(MAY_NOT_RUN)
  }
  if (policy.isActive === false) {
    throw conflict('policy-inactive', 'The policy is inactive: activate it before running it')
  }
  return triggerDunningRun({
    building: buildingId ?? undefined,
    isDryRun,
    payload: req.payload,
    policyId: policy.id,
    requestedBy: req.user,
    trigger: 'manual',
  })
}
