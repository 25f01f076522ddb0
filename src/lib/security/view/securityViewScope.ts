import type { UserScope } from '../../../access/scopeOf'

/**
 * Whose security events a viewer reads: every row (`all`, platform admins, rows of no office
 * included) or the rows of some offices (office admins: theirs, never rows of no office).
 */
export type SecurityViewScope = { all: true } | { all: false; officeIds: number[] }

/** Why a viewer reads nothing: the view answers 404 (like a missing page) or says the office is unknown. */
export type SecurityViewRefusal = { message: string; status: 404 }

/** Whether a user has the Security view at all (its sidebar link and its page). Pure. */
export const maySeeSecurityView = (scope: UserScope): boolean =>
  scope.role === 'platform-admin' || scope.role === 'office-admin'

/**
 * The rows a viewer reads, narrowed to `office` when the selector names one: a platform admin
 * may name any office, an office admin only theirs (another office is "not found", like a
 * missing one); everyone else reads nothing. Pure.
 */
export const securityViewScope = ({
  office,
  scope,
}: {
  office?: number
  scope: UserScope
}): SecurityViewRefusal | SecurityViewScope => {
  if (!maySeeSecurityView(scope)) return { message: 'Not found', status: 404 }
  if (office !== undefined) {
    if (scope.role === 'platform-admin' || scope.officeIds.includes(office)) {
      return { all: false, officeIds: [office] }
    }
    return { message: 'Office not found', status: 404 }
  }
  return scope.role === 'platform-admin'
    ? { all: true }
    : { all: false, officeIds: scope.officeIds }
}

export const isViewRefusal = (
  value: SecurityViewRefusal | SecurityViewScope,
): value is SecurityViewRefusal => 'status' in value
