import type { SecurityEventKind } from './kinds'

/**
 * What an error answer says about security, before any lookup: a 401 of a sign-in is a failed
 * sign-in, a 403 is `forbidden`, a 404 may be a probe of another office's id (the caller then
 * looks the id up), anything else is nothing. A 429 is recorded where it is refused, with its
 * policy, so not here. Pure.
 */
export const errorEventKind = ({
  isSignIn,
  status,
}: {
  isSignIn: boolean
  status: unknown
}): 'maybe-cross-office' | null | SecurityEventKind => {
  if (status === 401) return isSignIn ? 'login-failed' : null
  if (status === 403) return 'forbidden'
  if (status === 404) return 'maybe-cross-office'
  return null
}

const TENANT_COOKIE = /(?:^|;\s*)payload-tenant=(\d{1,10})(?:;|$)/

/**
 * The office a refusal of a signed-in user belongs to: the office the admin's selector names if
 * the user is a member, else the user's first office; none for a platform admin (every office is
 * theirs, so no office admin should read their refusals) or a user of no office. Pure.
 */
export const officeOfCaller = ({
  cookie,
  isPlatformAdmin,
  officeIds,
}: {
  cookie: null | string | undefined
  isPlatformAdmin: boolean
  officeIds: readonly number[]
}): null | number => {
  if (isPlatformAdmin) return null
  const selected = Number(TENANT_COOKIE.exec(cookie ?? '')?.[1])
  return officeIds.includes(selected) ? selected : (officeIds[0] ?? null)
}
