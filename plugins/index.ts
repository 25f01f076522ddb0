import type { Plugin } from 'payload'

import type { Flags } from '../src/lib/flags/flagNames'

/**
 * The feature plugins, in the order they are applied. Each takes the flags read at start so a
 * disabled plugin can still add its collections (the schema never depends on a flag) while
 * skipping its endpoints, hooks, schedules and admin views.
 */
export const featurePlugins = (_flags: Flags): Plugin[] => []
