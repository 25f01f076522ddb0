import type { FlagName, Flags } from '../flags/flagNames'
import { isFeatureEnabled } from '../flags/isFeatureEnabled'
import type { OfficeFlagOverrides } from '../flags/isFeatureEnabled'

/**
 * The offices, among those a caller works in, where `flag` is on: the office's override, else the
 * environment. A feature API serves data of these offices only and answers 404 for the rest,
 * exactly as if the rows did not exist.
 */
export const officesWithFeature = ({
  flag,
  flags,
  offices,
}: {
  flag: FlagName
  flags: Flags
  offices: (OfficeFlagOverrides & { id: number })[]
}): number[] =>
  offices.filter((office) => isFeatureEnabled({ flag, flags, office })).map((office) => office.id)
