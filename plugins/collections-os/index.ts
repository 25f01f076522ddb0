import type { Plugin } from 'payload'

import { addFeatureView } from '../../src/lib/admin/addFeatureView'

export type CollectionsOsPluginConfig = {
  /**
   * From `ENABLE_COLLECTIONS_OS`. Off: no routes, no views (the schema does not change).
   * @default false
   */
  enabled?: boolean
}

/** Collections OS (EPIC-A): dunning policies, runs, reminders, promise-to-pay. */
export const collectionsOsPlugin =
  ({ enabled = false }: CollectionsOsPluginConfig): Plugin =>
  (config) =>
    enabled
      ? addFeatureView(config, {
          description: 'Apartments in arrears by aging bucket, dunning runs and promises to pay.',
          flag: 'ENABLE_COLLECTIONS_OS',
          key: 'collectionsQueue',
          label: 'Collections',
          path: '/office-finance/collections',
        })
      : config
