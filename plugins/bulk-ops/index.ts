import type { Plugin } from 'payload'

import { addFeatureView } from '../../src/lib/admin/addFeatureView'

export type BulkOpsPluginConfig = {
  /**
   * From `ENABLE_BULK_OPS`. Off: no routes, no views (the schema does not change).
   * @default false
   */
  enabled?: boolean
}

/** Hyper-Bulk Operations (EPIC-B): dry-run, preview diff, execute, item retry. */
export const bulkOpsPlugin =
  ({ enabled = false }: BulkOpsPluginConfig): Plugin =>
  (config) =>
    enabled
      ? addFeatureView(config, {
          description: 'Select a scope, dry-run it, check the preview diff, then execute as one checked job.',
          flag: 'ENABLE_BULK_OPS',
          key: 'bulkCenter',
          label: 'Bulk Center',
          path: '/office-finance/bulk-center',
        })
      : config
