import type { Flags } from '../../../../src/lib/flags/flagNames'
import { isFeatureEnabled, type OfficeFlagOverrides } from '../../../../src/lib/flags/isFeatureEnabled'

/**
 * The offices, among those a caller works in, where Collections OS is on: the office's override,
 * else the environment. The API serves data of these offices only and answers 404 for the rest,
 * exactly as if the rows did not exist.
 */
export const officesWithFeature = ({ flags, offices }: { flags: Flags; offices: (OfficeFlagOverrides & { id: number })[] }): number[] =>
  offices.filter((office) => isFeatureEnabled({ flag: 'ENABLE_COLLECTIONS_OS', flags, office })).map((office) => office.id)
