import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { Config, Plugin } from 'payload'

import { isPlatformAdmin } from '../../access/isPlatformAdmin'
import { isUserAdmin } from '../../access/isUserAdmin'
import { markApplied } from '../plugins/pluginOrder'
import { keepReferencesInOffice } from './keepReferencesInOffice'
import type { Membership } from './keepReferencesInOffice'
import { tenantScopedSlugsOf } from './registerTenantScoped'

/**
 * Offices are the tenants (`@payloadcms/plugin-multi-tenant`). Applied after every plugin that
 * registers tenant-scoped collections, so all of them get the `tenant` field, the admin's tenant
 * filter and the tenant access constraint (ANDed with our own role-aware access functions).
 */
export const tenancyPlugin = (): Plugin => async (config) =>
  markApplied(keepReferencesInOffices(await scopeTenantCollections(config)), 'tenancy')

const scopeTenantCollections: Plugin = (config) =>
  multiTenantPlugin({
    collections: Object.fromEntries(tenantScopedSlugsOf(config).map((slug) => [slug, {}])),
    tenantsArrayField: {
      arrayFieldAccess: { create: isUserAdmin, update: isUserAdmin },
      includeDefaultField: true,
    },
    tenantsSlug: 'offices',
    userHasAccessToAllTenants: (user) => isPlatformAdmin(user),
  })(config)

/**
 * Every collection whose rows belong to offices (tenant-scoped ones, and users through their
 * `tenants`) checks on each write that what it points at belongs to the same office.
 */
const keepReferencesInOffices = (config: Config): Config => {
  const scoped = new Set(tenantScopedSlugsOf(config))
  const usersSlug = config.admin?.user ?? 'users'
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const membership: Membership | null = scoped.has(collection.slug)
        ? 'tenant'
        : collection.slug === usersSlug
          ? 'tenants'
          : null
      if (membership === null) return collection
      const hook = keepReferencesInOffice({ membership, targets: scoped })
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeChange: [...(collection.hooks?.beforeChange ?? []), hook],
        },
      }
    }),
  }
}
