import { DunningEvents } from './DunningEvents'
import { DunningPolicies } from './DunningPolicies'
import { DunningRuns } from './DunningRuns'
import { DunningTasks } from './DunningTasks'
import { PromisesToPay } from './PromisesToPay'

/** Every collection the plugin adds; present whatever the flag, so the schema never depends on it. */
export const collectionsOsCollections = [
  DunningPolicies,
  DunningRuns,
  DunningEvents,
  PromisesToPay,
  DunningTasks,
]
