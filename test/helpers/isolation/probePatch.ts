import type { SanitizedCollectionConfig } from 'payload'

/** Fields Payload fills for uploads: changing them says nothing about the boundary. */
const UPLOAD_FIELDS = new Set(['filename', 'mimeType', 'prefix', 'thumbnailURL', 'url'])

/**
 * A change to send in a write that must be refused: the collection's first plain text field set to
 * a marker. Without one, an empty change, which a permitted write would still stamp `updatedAt`
 * with, so the before/after comparison sees it either way.
 */
export const probePatchOf = (collection: SanitizedCollectionConfig): Record<string, string> => {
  const field = collection.flattenedFields.find(
    (candidate) =>
      (candidate.type === 'text' || candidate.type === 'textarea') &&
      !('hasMany' in candidate && candidate.hasMany) &&
      !UPLOAD_FIELDS.has(candidate.name),
  )
  return field ? { [field.name]: 'isolation-probe' } : {}
}
