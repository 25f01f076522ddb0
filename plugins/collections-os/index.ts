import type { Plugin } from 'payload'

import { defineFeaturePlugin } from '../../src/lib/plugins/defineFeaturePlugin'
import { COLLECTIONS_VIEW_COMPONENT } from './admin'
import { collectionsApiEndpoints } from './api'
import { collectionsOsCollections } from './collections'
import { settlePromisesOnPayment } from './listeners/settlePromisesOnPayment'
import { dunningRunTask } from './tasks/dunningRunTask'
import { promiseSweepSchedule, promiseSweepTask } from './tasks/promiseSweepTask'
import { scheduledRunsSchedule, scheduledRunsTask } from './tasks/scheduledRunsTask'
import { sanitizeCollectionsOsOptions } from './types'
import type { CollectionsOsPluginOptions } from './types'

/**
 * Collections OS (EPIC-A): dunning policies, runs, events, promise-to-pay. Always installed;
 * `ENABLE_COLLECTIONS_OS` and each office's override decide per request who sees it, so a pilot
 * office can have it while the environment keeps it off for everyone else.
 */
export const collectionsOsPlugin = (options: CollectionsOsPluginOptions = {}): Plugin => {
  const { promiseSweepMinutes, scheduledRunsMinutes } = sanitizeCollectionsOsOptions(options)
  return defineFeaturePlugin({
    slug: 'collections-os',
    flag: 'ENABLE_COLLECTIONS_OS',
    collections: collectionsOsCollections,
    endpoints: collectionsApiEndpoints,
    tasks: [dunningRunTask, scheduledRunsTask, promiseSweepTask],
    schedules: [
      scheduledRunsSchedule(scheduledRunsMinutes),
      promiseSweepSchedule(promiseSweepMinutes),
    ],
    listeners: [settlePromisesOnPayment],
    view: {
      Component: COLLECTIONS_VIEW_COMPONENT,
      description: 'Apartments in arrears by aging bucket, dunning runs and promises to pay.',
      key: 'collectionsQueue',
      label: 'Collections',
      path: '/office-finance/collections',
    },
  })
}
