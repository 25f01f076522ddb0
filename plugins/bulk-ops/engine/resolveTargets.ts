import type { JobScope, PlanApartment } from './types'

export type Target = { apartment: PlanApartment; isInScope: boolean }

// One collator for the whole sort: `localeCompare` with options builds a new one on every call.
const collator = new Intl.Collator(undefined, { numeric: true })

const byBuildingAndLabel = (a: PlanApartment, b: PlanApartment) =>
  collator.compare(a.buildingName, b.buildingName) ||
  a.buildingId - b.buildingId ||
  collator.compare(a.label, b.label) ||
  a.id - b.id

/**
 * The apartments a job's items are for. Buildings alone: all their apartments. Apartments alone:
 * those. Both: the listed apartments, narrowed to the buildings, so a listed apartment outside
 * them becomes an item that reports `apartment-not-in-scope` instead of silently growing the job.
 * Ids the office does not have are not in `apartments` and simply have no item.
 */
export const resolveTargets = ({
  apartments,
  scope,
}: {
  apartments: readonly PlanApartment[]
  scope: Pick<JobScope, 'apartments' | 'buildings'>
}): Target[] => {
  const buildings = new Set(scope.buildings)
  const listed = new Set(scope.apartments)
  const chosen =
    listed.size === 0
      ? apartments.filter((a) => buildings.has(a.buildingId))
      : apartments.filter((a) => listed.has(a.id))
  return [...chosen].sort(byBuildingAndLabel).map((apartment) => ({
    apartment,
    isInScope: listed.size === 0 || buildings.size === 0 || buildings.has(apartment.buildingId),
  }))
}
