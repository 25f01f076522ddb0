import type { Plugin } from 'payload'

import { addFeatureView } from '../../src/lib/admin/addFeatureView'
import { registerTasks } from '../../src/lib/queue/registerTasks'
import { registerTenantScoped } from '../../src/lib/tenancy/registerTenantScoped'
import { addBulkDashboardWidgets, BULK_CENTER_PATH, BULK_CENTER_VIEW_COMPONENT } from './admin'
import { bulkApiEndpoints } from './api'
import { bulkOpsCollections } from './collections'
import { BULK_OPS_SLUGS } from './constants'
import { bulkExecuteTask } from './tasks/bulkExecuteTask'

/**
 * Hyper-Bulk Operations (EPIC-B): dry-run, preview diff, execute, item retry.
 * Always installed; `ENABLE_BULK_OPS` and each office's override decide per request who sees it.
 * Adds: its collections (tenant-scoped), its API under `/api/office-ops/bulk/*`, the `bulk.execute`
 * task, the Bulk Center admin view and sidebar link, and the bulk widgets on the dashboard.
 */
export const bulkOpsPlugin = (): Plugin => (config) =>
  addBulkDashboardWidgets(
    addFeatureView(
      registerTasks(
        registerTenantScoped(
          {
            ...config,
            collections: [...(config.collections ?? []), ...bulkOpsCollections],
            endpoints: [...(config.endpoints ?? []), ...bulkApiEndpoints],
          },
          BULK_OPS_SLUGS,
        ),
        [bulkExecuteTask],
      ),
      {
        Component: BULK_CENTER_VIEW_COMPONENT,
        description:
          'Select a scope, dry-run it, check the preview diff, then execute as one checked job.',
        flag: 'ENABLE_BULK_OPS',
        key: 'bulkCenter',
        label: 'Bulk Center',
        path: BULK_CENTER_PATH,
      },
    ),
  )
