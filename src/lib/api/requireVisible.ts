import type { CollectionSlug, PayloadRequest } from 'payload'

import { notFound } from '../errors/domainError'
import type { ApiCaller } from './apiCaller'
import { findVisible } from './findVisible'

/**
 * `findVisible`, or the 404 (`notFound(message)`) for an id the caller may not read through the
 * feature's API: missing, another office's, outside a manager's buildings, or in an office where
 * the feature is off, all alike. The endpoints' "authorize" step before they call an operation.
 */
export const requireVisible = async <S extends CollectionSlug>({
  caller,
  collection,
  id,
  message,
  req,
}: {
  caller: ApiCaller
  collection: S
  id: number
  message: string
  req: PayloadRequest
}) => {
  const doc = await findVisible({ caller, collection, id, req })
  if (!doc) throw notFound(message)
  return doc
}
