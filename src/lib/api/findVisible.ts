import type { CollectionSlug, PayloadRequest } from 'payload'

import { inCallerOffices } from './apiCaller'
import type { ApiCaller } from './apiCaller'

/**
 * One document as the caller may see it: the collection's read access (tenant, building,
 * apartment) plus the caller's offices where the feature is on. Null for a missing id, another
 * office's id or one outside a manager's buildings alike, so every such case answers the same 404.
 */
export const findVisible = async <S extends CollectionSlug>({
  caller,
  collection,
  id,
  req,
}: {
  caller: ApiCaller
  collection: S
  id: number
  req: PayloadRequest
}) => {
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    req,
    where: { and: [{ id: { equals: id } }, inCallerOffices(caller)] },
  })
  return docs[0] ?? null
}
