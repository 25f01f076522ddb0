import type { PayloadRequest } from 'payload'

import type { Role } from '../../access/roles'
import { scopeOf } from '../../access/scopeOf'
import type { ScopedUser } from '../../access/scopeOf'
import { readEnv } from '../env'
import type { FlagName } from '../flags/flagNames'
import { errorResponse } from '../http/errors'
import type { ApiCaller } from './apiCaller'
import { officesWithFeature } from './officesWithFeature'
import { routeNotFound } from './routeNotFound'

/**
 * The gate in front of every route of a feature API: 401 without a user, 404 when `flag` is off
 * in every office of the caller (the routes do not exist for them), 403 for roles other than
 * `roles`. Otherwise the caller, with the offices whose data it may reach through this API.
 */
export const apiCallerResolver =
  ({ apiName, flag, roles }: { apiName: string; flag: FlagName; roles: readonly Role[] }) =>
  async (req: PayloadRequest): Promise<ApiCaller | Response> => {
    const user = req.user as null | ScopedUser
    if (!user) return errorResponse(401, `Log in to use the ${apiName}`)
    const scope = scopeOf(user)
    const isPlatformAdmin = scope.role === 'platform-admin'
    if (!isPlatformAdmin && scope.officeIds.length === 0) return routeNotFound(req)
    const { docs } = await req.payload.find({
      collection: 'offices',
      depth: 0,
      pagination: false,
      req,
      select: { featureFlags: true },
      where: isPlatformAdmin ? {} : { id: { in: scope.officeIds } },
    })
    const officeIds = officesWithFeature({ flag, flags: readEnv().flags, offices: docs })
    if (officeIds.length === 0) return routeNotFound(req)
    if (scope.role === null || !roles.includes(scope.role))
      return errorResponse(403, `The ${apiName} is for office staff`)
    return { officeIds, scope }
  }
