import type { Plugin } from 'payload'

import { addFeatureView } from '../../src/lib/admin/addFeatureView'
import { registerTenantScoped } from '../../src/lib/tenancy/registerTenantScoped'
import { bulkOpsCollections } from './collections'
import { BULK_OPS_SLUGS } from './constants'

/**
 * Hyper-Bulk Operations (EPIC-B): dry-run, preview diff, execute, item retry.
 * Always installed; `ENABLE_BULK_OPS` and each office's override decide per request who sees it.
 * Adds: its collections (tenant-scoped), the Bulk Center admin view and sidebar link.
 */
export const bulkOpsPlugin = (): Plugin => (config) =>
  addFeatureView(
    registerTenantScoped({ ...config, collections: [...(config.collections ?? []), ...bulkOpsCollections] }, BULK_OPS_SLUGS),
    {
      description: 'Select a scope, dry-run it, check the preview diff, then execute as one checked job.',
      flag: 'ENABLE_BULK_OPS',
      key: 'bulkCenter',
      label: 'Bulk Center',
      path: '/office-finance/bulk-center',
    },
  )
