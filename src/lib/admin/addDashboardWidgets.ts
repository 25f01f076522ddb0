import type { Config } from 'payload'

import type { FlagName } from '../flags/flagNames'

/** A server component shown before the admin dashboard's cards (an import-map path). */
export type DashboardWidget = {
  path: string
  /** Server props besides `flag`, which the feature's widgets get to gate themselves. */
  serverProps?: Record<string, unknown>
}

/**
 * Puts a feature's widgets before the admin dashboard's cards, after any that are there already.
 * Each gets the feature's `flag` and must render nothing for a user whose offices lack it.
 */
export const addDashboardWidgets = (
  config: Config,
  { flag, widgets }: { flag: FlagName; widgets: readonly DashboardWidget[] },
): Config => {
  const admin = config.admin ?? {}
  const components = admin.components ?? {}
  return {
    ...config,
    admin: {
      ...admin,
      components: {
        ...components,
        beforeDashboard: [
          ...(components.beforeDashboard ?? []),
          ...widgets.map((widget) => ({
            path: widget.path,
            serverProps: { ...widget.serverProps, flag },
          })),
        ],
      },
    },
  }
}
