import type { Where } from 'payload'

import type { UserScope } from '../../access/scopeOf'

/** Who is calling a feature API, reduced to what its endpoints decide on. */
export type ApiCaller = {
  /** The caller's offices where the feature is on (platform admins: every such office). */
  officeIds: number[]
  scope: UserScope
}

export const isApiCaller = (value: ApiCaller | Response): value is ApiCaller =>
  !(value instanceof Response)

/** Rows of the caller's enabled offices, ANDed onto every query (the collections' access adds the rest). */
export const inCallerOffices = (caller: ApiCaller): Where => ({ tenant: { in: caller.officeIds } })

/** Idempotency keys belong to the caller's office; a platform admin's to no office. */
export const idempotencyOffice = (caller: ApiCaller): null | number =>
  caller.scope.role === 'platform-admin' ? null : (caller.scope.officeIds[0] ?? null)
