import type { Role } from './roles'

export type Relation = number | string | { id: number | string } | null | undefined

/** The parts of a user document that access decisions read. */
export type ScopedUser = {
  apartment?: Relation
  assignedBuildings?: Relation[] | null
  id: number | string
  role?: Role | null
  tenants?: { tenant?: Relation }[] | null
}

export type UserScope = {
  apartmentId: number | null
  buildingIds: number[]
  officeIds: number[]
  role: Role | null
}

/** Relationship values arrive as ids or populated documents depending on depth. */
export const idOf = (value: Relation): number | null => {
  if (value === null || value === undefined) return null
  const raw = typeof value === 'object' ? value.id : value
  const id = Number(raw)
  return Number.isInteger(id) ? id : null
}

/** The ids of a list of relationship values (ids or populated documents); unreadable ones dropped. */
export const idsOf = (values: readonly Relation[] | null | undefined): number[] =>
  (values ?? []).map(idOf).filter((id): id is number => id !== null)

/** Reduces a user to the ids its access depends on. Pure: no lookups. */
export const scopeOf = (user: ScopedUser | null | undefined): UserScope => ({
  apartmentId: idOf(user?.apartment),
  buildingIds: idsOf(user?.assignedBuildings),
  officeIds: idsOf((user?.tenants ?? []).map((row) => row.tenant)),
  role: user?.role ?? null,
})
