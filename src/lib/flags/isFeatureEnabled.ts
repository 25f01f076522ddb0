import { overrideFieldName } from './flagNames'
import type { FlagName, FlagOverride, Flags } from './flagNames'

export type OfficeFlagOverrides = {
  featureFlags?: Partial<Record<string, FlagOverride | null>> | null
}

/**
 * A flag for one office: the office's override when it has one, otherwise the environment's value.
 * Pure: the caller passes the flags read at start and the office document it already has.
 */
export const isFeatureEnabled = ({
  flag,
  flags,
  office,
}: {
  flag: FlagName
  flags: Flags
  office?: OfficeFlagOverrides | null
}): boolean => {
  const override = office?.featureFlags?.[overrideFieldName(flag)]
  if (override === 'on') return true
  if (override === 'off') return false
  return flags[flag]
}
