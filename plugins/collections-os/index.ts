import type { Plugin } from 'payload'

import { addFeatureView } from '../../src/lib/admin/addFeatureView'
import { registerTasks } from '../../src/lib/queue/registerTasks'
import { registerSchedules } from '../../src/lib/scheduler/registerSchedules'
import { registerTenantScoped } from '../../src/lib/tenancy/registerTenantScoped'
import { COLLECTIONS_VIEW_COMPONENT, collectionsAdminEndpoints } from './admin'
import { collectionsApiEndpoints } from './api'
import { collectionsOsCollections } from './collections'
import { COLLECTIONS_OS_SLUGS } from './constants'
import { dunningRunTask } from './tasks/dunningRunTask'
import { promiseSweepSchedule, promiseSweepTask } from './tasks/promiseSweepTask'
import { scheduledRunsSchedule, scheduledRunsTask } from './tasks/scheduledRunsTask'

/**
 * Collections OS (EPIC-A): dunning policies, runs, events, promise-to-pay.
 * Always installed; `ENABLE_COLLECTIONS_OS` and each office's override decide per request who
 * sees it, so a pilot office can have it while the environment keeps it off for everyone else.
 * Adds: its collections (tenant-scoped), its API under `/api/collections/*`, the `dunning.run`,
 * `dunning.scheduled-runs` (every five minutes) and `dunning.promise-sweep` (every fifteen) tasks,
 * the Collections admin view and sidebar link.
 */
export const collectionsOsPlugin = (): Plugin => (config) =>
  addFeatureView(
    registerSchedules(
      registerTasks(
        registerTenantScoped(
          {
            ...config,
            collections: [...(config.collections ?? []), ...collectionsOsCollections],
            endpoints: [
              ...(config.endpoints ?? []),
              ...collectionsApiEndpoints,
              ...collectionsAdminEndpoints,
            ],
          },
          COLLECTIONS_OS_SLUGS,
        ),
        [dunningRunTask, scheduledRunsTask, promiseSweepTask],
      ),
      [scheduledRunsSchedule, promiseSweepSchedule],
    ),
    {
      Component: COLLECTIONS_VIEW_COMPONENT,
      description: 'Apartments in arrears by aging bucket, dunning runs and promises to pay.',
      flag: 'ENABLE_COLLECTIONS_OS',
      key: 'collectionsQueue',
      label: 'Collections',
      path: '/office-finance/collections',
    },
  )
