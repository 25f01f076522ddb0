import type { Config } from 'payload'

import { assertNotApplied } from '../plugins/pluginOrder'

type WithCustom = { custom?: Record<string, unknown> }

/**
 * Marks collections as owned by one office. Core code and feature plugins add their slugs here;
 * `tenancyPlugin`, applied after them, gives every listed collection the `tenant` field and the
 * tenant access constraint, so a plugin's collections can never skip the boundary. Registering
 * after `tenancyPlugin` ran throws: those collections would have no boundary at all.
 */
export const registerTenantScoped = <C extends WithCustom = Config>(
  config: C,
  slugs: readonly string[],
): C => {
  assertNotApplied(config, {
    plugin: 'tenancy',
    what: `Tenant-scoped collections ${slugs.join(', ')}`,
  })
  return {
    ...config,
    custom: { ...config.custom, tenantScopedSlugs: [...tenantScopedSlugsOf(config), ...slugs] },
  }
}

export const tenantScopedSlugsOf = (config: WithCustom): string[] =>
  (config.custom?.tenantScopedSlugs as string[] | undefined) ?? []
