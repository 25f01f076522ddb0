import type { Plugin } from 'payload'

import { defineFeaturePlugin } from '../../src/lib/plugins/defineFeaturePlugin'
import {
  BULK_CENTER_PATH,
  BULK_CENTER_VIEW_COMPONENT,
  BULK_DASHBOARD_WIDGETS_COMPONENT,
} from './admin'
import { bulkApiEndpoints } from './api'
import { bulkOpsCollections } from './collections'
import { bulkExecuteTask } from './tasks/bulkExecuteTask'
import { sanitizeBulkOpsOptions } from './types'
import type { BulkOpsPluginOptions } from './types'

/**
 * Hyper-Bulk Operations (EPIC-B): dry-run, preview diff, execute, item retry. Always installed;
 * `ENABLE_BULK_OPS` and each office's override decide per request who sees it.
 */
export const bulkOpsPlugin = (options: BulkOpsPluginOptions = {}): Plugin => {
  const { executionBatchSize } = sanitizeBulkOpsOptions(options)
  return defineFeaturePlugin({
    slug: 'bulk-ops',
    flag: 'ENABLE_BULK_OPS',
    collections: bulkOpsCollections,
    endpoints: bulkApiEndpoints,
    tasks: [bulkExecuteTask({ batchSize: executionBatchSize })],
    view: {
      Component: BULK_CENTER_VIEW_COMPONENT,
      description:
        'Select a scope, dry-run it, check the preview diff, then execute as one checked job.',
      key: 'bulkCenter',
      label: 'Bulk Center',
      path: BULK_CENTER_PATH,
    },
    dashboardWidgets: [
      { path: BULK_DASHBOARD_WIDGETS_COMPONENT, serverProps: { href: BULK_CENTER_PATH } },
    ],
  })
}
