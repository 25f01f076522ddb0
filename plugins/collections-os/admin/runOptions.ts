import type { PolicyOption } from './RunsSection'

type PolicyRow = {
  building?: null | number | { id: number }
  id: number
  isActive?: boolean | null
  name: string
}

/**
 * The "Run now" buttons: one per policy for office staff. A user limited to some buildings (a
 * manager) runs the office default only for those, so its button becomes one per building, each
 * queuing a run scoped to that building; overrides of their buildings run as they are.
 */
export const runOptions = ({
  buildingIds,
  buildingNames,
  policies,
}: {
  /** The buildings the user's runs are limited to; null for the whole office. */
  buildingIds: null | readonly number[]
  buildingNames: ReadonlyMap<number, string>
  policies: readonly PolicyRow[]
}): PolicyOption[] =>
  policies.flatMap((policy) => {
    const building =
      typeof policy.building === 'object' && policy.building !== null
        ? policy.building.id
        : (policy.building ?? null)
    const base = { id: policy.id, isActive: policy.isActive !== false, name: policy.name }
    if (building !== null)
      return [{ ...base, buildingName: buildingNames.get(building) ?? null, key: `${policy.id}` }]
    if (buildingIds === null) return [{ ...base, buildingName: null, key: `${policy.id}` }]
    return buildingIds.map((id) => ({
      ...base,
      buildingName: `office default, for ${buildingNames.get(id) ?? `building #${id}`}`,
      key: `${policy.id}:${id}`,
      runBuilding: id,
    }))
  })
