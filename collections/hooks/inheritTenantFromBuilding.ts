import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../src/access/scopeOf'

/**
 * Building-scoped rows take their office from their building, so `tenant` and `building` can
 * never disagree. The building is looked up with the acting user's access: a building of
 * another office (or one a manager is not assigned to) is "not found", whether it exists or not.
 */
export const inheritTenantFromBuilding: CollectionBeforeValidateHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (!data || (data.building === undefined && data.tenant === undefined)) return data
  const buildingId = idOf(data.building ?? originalDoc?.building)
  if (buildingId === null) return data // a missing building is the required-field validation's 400

  const { docs } = await req.payload.find({
    collection: 'buildings',
    depth: 0,
    limit: 1,
    overrideAccess: !req.user,
    pagination: false,
    req,
    where: { id: { equals: buildingId } },
  })
  const building = docs[0]
  if (!building) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: 'Building not found', path: 'building' }],
    })
  }
  const buildingOffice = idOf(building.tenant)
  const requestedOffice = idOf(data.tenant)
  if (requestedOffice !== null && requestedOffice !== buildingOffice) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: "Must be the building's office", path: 'tenant' }],
    })
  }
  return { ...data, tenant: buildingOffice }
}
