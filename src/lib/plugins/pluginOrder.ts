/**
 * The platform plugins whose place in `payload.config.ts` matters, and the checks that make a
 * wrong order stop the start with a clear message instead of silently dropping something (a
 * collection without the tenant boundary, a task no worker runs). Each platform plugin records
 * that it ran in `config.custom.appliedPlugins`; what must come before it asks
 * `assertNotApplied`, what must come after it asks `assertPluginOrder`.
 */
export type PlatformPlugin = 'events' | 'inputGuards' | 'queue' | 'scheduler' | 'tenancy'

type WithCustom = { custom?: Record<string, unknown> }

const appliedPlugins = (config: WithCustom): string[] =>
  (config.custom?.appliedPlugins as string[] | undefined) ?? []

/** The config with `plugin` recorded as applied. */
export const markApplied = <C extends WithCustom>(config: C, plugin: PlatformPlugin): C => ({
  ...config,
  custom: { ...config.custom, appliedPlugins: [...appliedPlugins(config), plugin] },
})

/** Throws unless every plugin of `after` was applied before `plugin`. */
export const assertPluginOrder = (
  config: WithCustom,
  { after, plugin }: { after: readonly PlatformPlugin[]; plugin: PlatformPlugin },
): void => {
  const missing = after.filter((name) => !appliedPlugins(config).includes(name))
  if (missing.length > 0) {
    throw new Error(
      `${plugin}Plugin() must come after ${missing.map((name) => `${name}Plugin()`).join(', ')} in the plugins of payload.config.ts`,
    )
  }
}

/**
 * Throws when `plugin` already ran: it would never see `what` (tenant-scoped collections for
 * tenancy, tasks for the queue, schedules for the scheduler).
 */
export const assertNotApplied = (
  config: WithCustom,
  { plugin, what }: { plugin: PlatformPlugin; what: string },
): void => {
  if (appliedPlugins(config).includes(plugin)) {
    throw new Error(
      `${what} registered after ${plugin}Plugin() ran, which never sees them: place the plugin that adds them before ${plugin}Plugin() in payload.config.ts`,
    )
  }
}
