import type { SanitizedConfig } from 'payload'

import { STAFF_ROLES } from '../../../src/access/roles'
import type { Role } from '../../../src/access/roles'
import { tenantScopedSlugsOf } from '../../../src/lib/tenancy/registerTenantScoped'
import type { Actor, World } from '../world'

/**
 * Collections with a boundary of their own rather than a `tenant` field: offices are the tenants
 * (their boundary is `id`), users belong to offices through `tenants[].tenant`.
 */
export const OWN_RULE_SLUGS = ['offices', 'users'] as const

/** Every collection the matrix probes, read from the running config. */
export const matrixSlugsOf = (config: Pick<SanitizedConfig, 'custom'>): string[] => [
  ...OWN_RULE_SLUGS,
  ...tenantScopedSlugsOf(config),
]

/** Platform admins see every office by design; every other staff role is bounded by its office. */
export const officeStaffRoles = (): Role[] =>
  STAFF_ROLES.filter((role) => role !== 'platform-admin')

export type NamedActor = { actor: Actor; name: string; role: Role }

/** The world's office-A actor of each office staff role; a role the world lacks fails loudly. */
export const staffOfOfficeA = (world: World): NamedActor[] =>
  officeStaffRoles().map((role) => {
    const found = Object.entries(world.actors).find(
      ([, actor]) =>
        actor.user.role === role &&
        (actor.user.tenants ?? []).some((row) => {
          const tenant = row.tenant
          return (typeof tenant === 'number' ? tenant : tenant.id) === world.a.office.id
        }),
    )
    if (!found) throw new Error(`buildWorld has no office-A actor of role ${role}: add one`)
    return { actor: found[1], name: found[0], role }
  })

/** The Local API's `user`: the world's user document, marked as a `users` document. */
export const localUserOf = (actor: Actor) => ({ ...actor.user, collection: 'users' as const })
