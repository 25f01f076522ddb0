import type { DunningPolicy } from './types'

/**
 * The policy that governs a building: its own active override, else the office's active
 * default, else none. Inactive policies are ignored, so switching an override off hands the
 * building back to the default. Should two active policies share a scope (the collection
 * should refuse that on save), the lowest id wins so every run picks the same one.
 */
export const selectPolicy = ({
  buildingId,
  policies,
}: {
  buildingId: number
  policies: readonly DunningPolicy[]
}): DunningPolicy | null => {
  let override: DunningPolicy | null = null
  let officeDefault: DunningPolicy | null = null
  for (const policy of policies) {
    if (!policy.isActive) continue
    if (policy.building === buildingId && (override === null || policy.id < override.id))
      override = policy
    if (policy.building === null && (officeDefault === null || policy.id < officeDefault.id))
      officeDefault = policy
  }
  return override ?? officeDefault
}
