import type { Plugin } from 'payload'

import { bulkOpsPlugin } from './bulk-ops'
import { collectionsOsPlugin } from './collections-os'

/**
 * The feature plugins, in the order they are applied. Every plugin is always installed, so the
 * schema and the routes never depend on a flag; each flag (environment default + per-office
 * override, see src/lib/flags) is checked per request: a user whose offices lack the feature
 * gets no sidebar link and a 404 from its views and endpoints.
 */
export const featurePlugins = (): Plugin[] => [collectionsOsPlugin(), bulkOpsPlugin()]
