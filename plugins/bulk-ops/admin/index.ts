/** The Bulk Center's path under the admin route. */
export const BULK_CENTER_PATH = '/office-finance/bulk-center'

/** The Bulk Center admin view (wizard, job list, results), as the import map names it. */
export const BULK_CENTER_VIEW_COMPONENT = '/plugins/bulk-ops/admin/BulkCenterView#BulkCenterView'

/** The office dashboard's bulk widgets, as the import map names them. */
export const BULK_DASHBOARD_WIDGETS_COMPONENT =
  '/plugins/bulk-ops/admin/BulkDashboardWidgets#BulkDashboardWidgets'
