import type { PaginatedDocs } from 'payload'

/** The list shape of the feature APIs: Payload's page without its cursor noise (see `pageSchema`). */
export const pageOf = <T>({
  docs,
  hasNextPage,
  limit,
  page,
  totalDocs,
  totalPages,
}: PaginatedDocs<T>) => ({
  docs,
  hasNextPage,
  limit,
  page: page ?? 1,
  totalDocs,
  totalPages,
})
