import type { FlagName, Flags } from './flagNames'
import { isFeatureEnabled } from './isFeatureEnabled'
import type { OfficeFlagOverrides } from './isFeatureEnabled'

/**
 * Whether a feature shows for a user: platform admins follow the environment; everyone else sees
 * it when at least one of their offices has it on (a pilot office turns it on for its staff only).
 */
export const featureEnabledForUser = ({
  flag,
  flags,
  isPlatformAdmin,
  offices,
}: {
  flag: FlagName
  flags: Flags
  isPlatformAdmin: boolean
  offices: OfficeFlagOverrides[]
}): boolean =>
  isPlatformAdmin
    ? flags[flag]
    : offices.some((office) => isFeatureEnabled({ flag, flags, office }))
