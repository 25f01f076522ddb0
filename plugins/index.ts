import type { Plugin } from 'payload'

import type { Flags } from '../src/lib/flags/flagNames'
import { bulkOpsPlugin } from './bulk-ops'
import { collectionsOsPlugin } from './collections-os'

/**
 * The feature plugins, in the order they are applied. Each takes its flag read at start: a
 * disabled plugin still adds its collections (the schema never depends on a flag) but skips its
 * endpoints, hooks, schedules and admin views.
 */
export const featurePlugins = (flags: Flags): Plugin[] => [
  collectionsOsPlugin({ enabled: flags.ENABLE_COLLECTIONS_OS }),
  bulkOpsPlugin({ enabled: flags.ENABLE_BULK_OPS }),
]
