import type { PayloadRequest } from 'payload'

import type { UserScope } from '../../../src/access/scopeOf'
import { arrayParam, dbFor, sql } from '../../../src/lib/db/transaction'
import type { FieldError } from '../../../src/lib/validation/validationError'
import type { JobScope } from '../engine/types'
import { invalid } from '../../../src/lib/errors/domainError'

type Requested = { apartments?: number[]; buildings?: number[]; period?: string }

/**
 * Checks a requested scope against the caller and returns it with its office. A building or
 * apartment the caller cannot reach (another office's, an unassigned building of a manager's, or
 * none at all) is "not found" on its field, as the ledger's own scope hooks answer; all of them
 * must belong to one office. Without buildings, the apartments' buildings are recorded, so the
 * job is visible to those buildings' managers.
 */
export const resolveNewJobScope = async ({
  caller,
  req,
  requested,
}: {
  caller: UserScope
  req: PayloadRequest
  requested: Requested
}): Promise<{ officeId: number; scope: JobScope }> => {
  const buildingIds = requested.buildings ?? []
  const apartmentIds = requested.apartments ?? []
  const db = await dbFor(req)
  const buildings = new Map(
    (
      await db.execute<{ id: number; tenant_id: number }>(
        sql`select id, tenant_id from buildings where id = any(${arrayParam(buildingIds, 'int[]')})`,
      )
    ).rows.map((row) => [row.id, row]),
  )
  const apartments = new Map(
    (
      await db.execute<{ building_id: number; id: number; tenant_id: number }>(
        sql`select id, building_id, tenant_id from apartments where id = any(${arrayParam(apartmentIds, 'int[]')})`,
      )
    ).rows.map((row) => [row.id, row]),
  )
  const isPlatform = caller.role === 'platform-admin'
  const reaches = (row: { building: number; tenant: number } | undefined) =>
    row !== undefined &&
    (isPlatform || caller.officeIds.includes(row.tenant)) &&
    (caller.role !== 'manager' || caller.buildingIds.includes(row.building))

  const errors: FieldError[] = []
  const offices = new Set<number>()
  buildingIds.forEach((id, index) => {
    const row = buildings.get(id)
    if (!reaches(row && { building: row.id, tenant: row.tenant_id }))
      errors.push({ message: 'Building not found', path: `scope.buildings.${index}` })
    else offices.add(row!.tenant_id)
  })
  apartmentIds.forEach((id, index) => {
    const row = apartments.get(id)
    if (!reaches(row && { building: row.building_id, tenant: row.tenant_id }))
      errors.push({ message: 'Apartment not found', path: `scope.apartments.${index}` })
    else offices.add(row!.tenant_id)
  })
  if (errors.length === 0 && offices.size > 1)
    errors.push({
      message: 'All buildings and apartments must belong to one office',
      path: 'scope',
    })
  if (errors.length > 0 || offices.size !== 1)
    throw invalid(
      errors.length > 0
        ? errors
        : [{ message: 'Name at least one building or apartment', path: 'scope' }],
    )

  const recordedBuildings =
    buildingIds.length > 0
      ? buildingIds
      : [...new Set(apartmentIds.map((id) => apartments.get(id)!.building_id))]
  return {
    officeId: [...offices][0],
    scope: {
      apartments: apartmentIds,
      buildings: recordedBuildings,
      period: requested.period ?? null,
    },
  }
}
