import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { inCallerOffices } from './apiCaller'
import type { ApiCaller } from './apiCaller'
import { pageOf } from './pageOf'

/**
 * A feature API's list answer: a page of `collection` the caller may read (the collection's own
 * access, `overrideAccess: false`), in the caller's offices with the feature on, narrowed by the
 * given equality filters (an undefined value filters nothing).
 */
export const listVisible = async ({
  caller,
  collection,
  filters,
  query,
  req,
  sort,
}: {
  caller: ApiCaller
  collection: CollectionSlug
  filters: Record<string, unknown>
  query: { limit: number; page: number }
  req: PayloadRequest
  sort: string
}): Promise<Response> => {
  const where: Where[] = [inCallerOffices(caller)]
  for (const [field, value] of Object.entries(filters)) {
    if (value !== undefined) where.push({ [field]: { equals: value } })
  }
  const result = await req.payload.find({
    collection,
    depth: 0,
    limit: query.limit,
    overrideAccess: false,
    page: query.page,
    req,
    sort,
    where: { and: where },
  })
  return Response.json(pageOf(result))
}
