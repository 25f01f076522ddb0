import type { Plugin } from 'payload'

import { addFeatureView } from '../../src/lib/admin/addFeatureView'

/**
 * Collections OS (EPIC-A): dunning policies, runs, reminders, promise-to-pay.
 * Always installed; `ENABLE_COLLECTIONS_OS` and each office's override decide per request who
 * sees it, so a pilot office can have it while the environment keeps it off for everyone else.
 */
export const collectionsOsPlugin = (): Plugin => (config) =>
  addFeatureView(config, {
    description: 'Apartments in arrears by aging bucket, dunning runs and promises to pay.',
    flag: 'ENABLE_COLLECTIONS_OS',
    key: 'collectionsQueue',
    label: 'Collections',
    path: '/office-finance/collections',
  })
