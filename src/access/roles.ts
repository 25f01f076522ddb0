/**
 * Roles of the back office. One role per user; the offices a user belongs to come from the
 * multi-tenant plugin's `tenants` array. This is the seed's Tenant Scope:
 * global (platform-admin), office (office-admin, accountant), building (manager),
 * apartment (resident), and the vendor's own records (vendor, used by the vendor portal).
 */
export const ROLES = [
  'platform-admin',
  'office-admin',
  'manager',
  'accountant',
  'resident',
  'vendor',
] as const

export type Role = (typeof ROLES)[number]

/** Roles that work in the Payload admin panel. Residents and vendors get self-service pages. */
export const STAFF_ROLES: readonly Role[] = [
  'platform-admin',
  'office-admin',
  'manager',
  'accountant',
]
