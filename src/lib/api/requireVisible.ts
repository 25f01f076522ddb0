import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ScopedUser } from '../../access/scopeOf'
import { notFound } from '../errors/domainError'
import { requestAddress } from '../rateLimits/requestAddress'
import { crossOfficeEvent } from '../security/crossOfficeEvent'
import { recordSecurityEvents } from '../security/recordSecurityEvents'
import { routeOf } from '../security/routeOf'
import type { ApiCaller } from './apiCaller'
import { findVisible } from './findVisible'

/**
 * `findVisible`, or the 404 (`notFound(message)`) for an id the caller may not read through the
 * feature's API: missing, another office's, outside a manager's buildings, or in an office where
 * the feature is off, all alike. The endpoints' "authorize" step before they call an operation.
 * Another office's existing id is also a `cross-office` security event (the caller still gets
 * the same 404).
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
  if (!doc) {
    const event = await crossOfficeEvent({
      detail: { route: routeOf(req.payload.config, req.method ?? 'GET', req.url) },
      id,
      payload: req.payload,
      slug: collection,
      user: req.user as null | ScopedUser,
    })
    if (event) {
      await recordSecurityEvents({
        events: [{ ...event, address: requestAddress(req.headers) }],
        payload: req.payload,
      })
    }
    throw notFound(message)
  }
  return doc
}
