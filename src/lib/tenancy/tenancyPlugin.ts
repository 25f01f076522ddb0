import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import type { Plugin } from 'payload'

import { isPlatformAdmin } from '../../access/isPlatformAdmin'
import { isUserAdmin } from '../../access/isUserAdmin'
import { markApplied } from '../plugins/pluginOrder'
import { tenantScopedSlugsOf } from './registerTenantScoped'

/**
 * Offices are the tenants (`@payloadcms/plugin-multi-tenant`). Applied after every plugin that
 * registers tenant-scoped collections, so all of them get the `tenant` field, the admin's tenant
 * filter and the tenant access constraint (ANDed with our own role-aware access functions).
 */
export const tenancyPlugin = (): Plugin => async (config) =>
  markApplied(await scopeTenantCollections(config), 'tenancy')

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
