import type { CollectionSlug, Payload, SanitizedCollectionConfig, Where } from 'payload'

/**
 * What a duplicate keeps of its original: every stored value but the id, the timestamps, the
 * unique fields (which a copy cannot share) and the title (which a copy may rename).
 */
const copiedPartOf = (collection: SanitizedCollectionConfig, row: Record<string, unknown>) => {
  const skipped = new Set(['createdAt', 'id', 'updatedAt', collection.admin?.useAsTitle])
  for (const field of collection.flattenedFields) {
    if ('unique' in field && field.unique) skipped.add(field.name)
  }
  return JSON.stringify(Object.entries(row).filter(([key]) => !skipped.has(key)))
}

/** The newest id among `where`'s rows, to tell rows written later. */
export const newestIdOf = async (payload: Payload, slug: string, where: Where) =>
  (
    await payload.db.find<{ id: number }>({
      collection: slug as CollectionSlug,
      limit: 1,
      sort: '-id',
      where,
    })
  ).docs[0]?.id ?? 0

/**
 * Rows of `where` written after `sinceId` that copy `row`: what a duplicate that got through
 * would leave. Other rows written meanwhile (a refusal recorded as a security event) are not copies.
 */
export const copiesOfRow = async (
  payload: Payload,
  collection: SanitizedCollectionConfig,
  row: Record<string, unknown>,
  { sinceId, where }: { sinceId: number; where: Where },
): Promise<number[]> => {
  const { docs } = await payload.db.find<Record<string, unknown> & { id: number }>({
    collection: collection.slug as CollectionSlug,
    limit: 0,
    pagination: false,
    where: { and: [where, { id: { greater_than: sinceId } }] },
  })
  const original = copiedPartOf(collection, row)
  return docs.filter((doc) => copiedPartOf(collection, doc) === original).map((doc) => doc.id)
}
