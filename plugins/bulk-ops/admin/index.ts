import type { Config } from 'payload'

/** The Bulk Center's path under the admin route. */
export const BULK_CENTER_PATH = '/office-finance/bulk-center'

/** The Bulk Center admin view (wizard, job list, results), as the import map names it. */
export const BULK_CENTER_VIEW_COMPONENT = '/plugins/bulk-ops/admin/BulkCenterView#BulkCenterView'

/** The office dashboard's bulk widgets, as the import map names them. */
export const BULK_DASHBOARD_WIDGETS_COMPONENT =
  '/plugins/bulk-ops/admin/BulkDashboardWidgets#BulkDashboardWidgets'

/**
 * Puts the bulk widgets before the admin dashboard's cards, after any that are there already.
 * The component checks the flag for each user and renders nothing where it is off.
 */
export const addBulkDashboardWidgets = (config: Config): Config => {
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
          {
            path: BULK_DASHBOARD_WIDGETS_COMPONENT,
            serverProps: { flag: 'ENABLE_BULK_OPS', href: BULK_CENTER_PATH },
          },
        ],
      },
    },
  }
}
