import type { CollectionSlug, Payload, Where } from 'payload'

/**
 * A row as the database holds it (the adapter, no hooks or access), to compare before and after
 * a refused write: `null` once it is gone.
 */
export const databaseRow = async (payload: Payload, slug: string, id: number) =>
  payload.db.findOne<Record<string, unknown> & { id: number }>({
    collection: slug as CollectionSlug,
    where: { id: { equals: id } },
  })

/** How many rows a condition matches in the database, whoever may read them. */
export const databaseCount = async (payload: Payload, slug: string, where: Where) =>
  (await payload.db.count({ collection: slug as CollectionSlug, where })).totalDocs
