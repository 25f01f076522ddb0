import type { Plugin } from 'payload'

import { addFeatureView } from '../../src/lib/admin/addFeatureView'

/**
 * Hyper-Bulk Operations (EPIC-B): dry-run, preview diff, execute, item retry.
 * Always installed; `ENABLE_BULK_OPS` and each office's override decide per request who sees it.
 */
export const bulkOpsPlugin = (): Plugin => (config) =>
  addFeatureView(config, {
    description: 'Select a scope, dry-run it, check the preview diff, then execute as one checked job.',
    flag: 'ENABLE_BULK_OPS',
    key: 'bulkCenter',
    label: 'Bulk Center',
    path: '/office-finance/bulk-center',
  })
