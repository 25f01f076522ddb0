import type { PayloadRequest, Where } from 'payload'

import type { Role } from '../../../../src/access/roles'
import { scopeOf, type ScopedUser, type UserScope } from '../../../../src/access/scopeOf'
import { readEnv } from '../../../../src/lib/env'
import { errorResponse } from '../../../../src/lib/http/errors'
import { officesWithFeature } from './officesWithFeature'

/** Who is calling, reduced to what the endpoints decide on. */
export type Caller = {
  /** The caller's offices where Collections OS is on (platform admins: every such office). */
  officeIds: number[]
  scope: UserScope
}

/** Residents and vendors have no business with dunning: they get 403 whatever they ask. */
const API_ROLES: readonly Role[] = ['platform-admin', 'office-admin', 'accountant', 'manager']

/** What Payload answers for a path it has no route for: a feature that is off looks the same. */
const routeNotFound = (req: PayloadRequest): Response =>
  Response.json({ message: `Route not found "${new URL(req.url ?? 'http://localhost/').pathname}"` }, { status: 404 })

/**
 * The gate in front of every Collections API route: 401 without a user, 404 when Collections OS
 * is off in every office of the caller (the routes do not exist for them), 403 for roles the API
 * is not for. Otherwise the caller, with the offices whose data it may reach through this API.
 */
export const resolveCaller = async (req: PayloadRequest): Promise<Caller | Response> => {
  const user = req.user as null | ScopedUser
  if (!user) return errorResponse(401, 'Log in to use the Collections API')
  const scope = scopeOf(user)
  const isPlatformAdmin = scope.role === 'platform-admin'
  if (!isPlatformAdmin && scope.officeIds.length === 0) return routeNotFound(req)
  const { docs } = await req.payload.find({
    collection: 'offices',
    depth: 0,
    pagination: false,
    select: { featureFlags: true },
    where: isPlatformAdmin ? {} : { id: { in: scope.officeIds } },
  })
  const officeIds = officesWithFeature({ flags: readEnv().flags, offices: docs })
  if (officeIds.length === 0) return routeNotFound(req)
  if (scope.role === null || !API_ROLES.includes(scope.role)) return errorResponse(403, 'The Collections API is for office staff')
  return { officeIds, scope }
}

export const isCaller = (value: Caller | Response): value is Caller => !(value instanceof Response)

/** Rows of the caller's enabled offices, ANDed onto every query (the collections' access adds the rest). */
export const inCallerOffices = (caller: Caller): Where => ({ tenant: { in: caller.officeIds } })

/** Idempotency keys belong to the caller's office; a platform admin's to no office. */
export const idempotencyOffice = (caller: Caller): null | number =>
  caller.scope.role === 'platform-admin' ? null : (caller.scope.officeIds[0] ?? null)
