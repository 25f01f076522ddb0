import type { Config } from 'payload'

type WithCustom = { custom?: Record<string, unknown> }

/**
 * Marks collections as owned by one office. Core code and feature plugins add their slugs here;
 * `tenancyPlugin`, applied after them, gives every listed collection the `tenant` field and the
 * tenant access constraint, so a plugin's collections can never skip the boundary.
 */
export const registerTenantScoped = <C extends WithCustom = Config>(
  config: C,
  slugs: readonly string[],
): C => ({
  ...config,
  custom: { ...config.custom, tenantScopedSlugs: [...tenantScopedSlugsOf(config), ...slugs] },
})

export const tenantScopedSlugsOf = (config: WithCustom): string[] =>
  (config.custom?.tenantScopedSlugs as string[] | undefined) ?? []
