import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../src/access/scopeOf'

/**
 * Apartment-scoped rows (charges, payments) take their building and office from the apartment,
 * looked up with the acting user's access: an apartment they cannot see is "not found".
 */
export const inheritScopeFromApartment: CollectionBeforeValidateHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (!data || data.apartment === undefined) return data
  const apartmentId = idOf(data.apartment ?? originalDoc?.apartment)
  if (apartmentId === null) return data

  const { docs } = await req.payload.find({
    collection: 'apartments',
    depth: 0,
    limit: 1,
    overrideAccess: !req.user,
    pagination: false,
    req,
    select: { building: true, tenant: true },
    where: { id: { equals: apartmentId } },
  })
  const apartment = docs[0]
  if (!apartment) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: 'Apartment not found', path: 'apartment' }],
    })
  }
  const officeId = idOf(apartment.tenant)
  const requested = idOf(data.tenant)
  if (requested !== null && requested !== officeId) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: "Must be the apartment's office", path: 'tenant' }],
    })
  }
  return { ...data, building: idOf(apartment.building), tenant: officeId }
}
