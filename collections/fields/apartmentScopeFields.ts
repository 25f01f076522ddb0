import type { RelationshipField } from 'payload'

/**
 * The apartment a row is about and its building, the building read-only because
 * `inheritScopeFromApartment` fills it (and the office) from the apartment. `readOnlyApartment`
 * for rows the system creates and staff only read.
 */
export const apartmentScopeFields = ({
  readOnlyApartment = false,
}: { readOnlyApartment?: boolean } = {}): RelationshipField[] => [
  {
    name: 'apartment',
    type: 'relationship',
    ...(readOnlyApartment ? { admin: { readOnly: true } } : {}),
    index: true,
    relationTo: 'apartments',
    required: true,
  },
  {
    name: 'building',
    type: 'relationship',
    admin: { readOnly: true },
    index: true,
    relationTo: 'buildings',
  },
]
