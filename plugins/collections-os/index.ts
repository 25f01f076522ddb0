import type { Plugin } from 'payload'

import { addFeatureView } from '../../src/lib/admin/addFeatureView'
import { registerTasks } from '../../src/lib/queue/registerTasks'
import { registerSchedules } from '../../src/lib/scheduler/registerSchedules'
import { registerTenantScoped } from '../../src/lib/tenancy/registerTenantScoped'
import { collectionsOsCollections } from './collections'
import { COLLECTIONS_OS_SLUGS } from './constants'
import { dunningRunTask } from './tasks/dunningRunTask'
import { scheduledRunsSchedule, scheduledRunsTask } from './tasks/scheduledRunsTask'

/**
 * Collections OS (EPIC-A): dunning policies, runs, events, promise-to-pay.
 * Always installed; `ENABLE_COLLECTIONS_OS` and each office's override decide per request who
 * sees it, so a pilot office can have it while the environment keeps it off for everyone else.
 * Adds: its collections (tenant-scoped), the `dunning.run` and `dunning.scheduled-runs` tasks (the
 * latter every five minutes), the Collections admin view and sidebar link.
 */
export const collectionsOsPlugin = (): Plugin => (config) =>
  addFeatureView(
    registerSchedules(
      registerTasks(
        registerTenantScoped(
          { ...config, collections: [...(config.collections ?? []), ...collectionsOsCollections] },
          COLLECTIONS_OS_SLUGS,
        ),
        [dunningRunTask, scheduledRunsTask],
      ),
      [scheduledRunsSchedule],
    ),
    {
      description: 'Apartments in arrears by aging bucket, dunning runs and promises to pay.',
      flag: 'ENABLE_COLLECTIONS_OS',
      key: 'collectionsQueue',
      label: 'Collections',
      path: '/office-finance/collections',
    },
  )
