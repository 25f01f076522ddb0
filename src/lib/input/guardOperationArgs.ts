import { ValidationError } from 'payload'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { operationArgsProblems } from './operationArgsProblems'
import type { OperationArgs } from './operationArgsProblems'

const NO_ROW_ID = -1

/**
 * Every collection's first `beforeOperation` hook (`inputGuardsPlugin`): the arguments of a read,
 * count, update or delete are checked before they reach SQL (`operationArgsProblems`), whichever
 * channel sent them. Bad conditions, pagination or data answer 400 naming each; an id no row can
 * have becomes -1, which no row has either (ids count from 1; 0 would read as no id at all), so
 * Payload answers exactly as for a missing row (404, or null where the caller asked
 * `disableErrors`).
 */
export const guardOperationArgs: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const given = args as OperationArgs
  const { errors, idIsNoRow } = operationArgsProblems({
    args: { ...given, id: idAsSent({ collection: collection.slug, id: given.id, req }) },
    fields: collection.flattenedFields,
    numericIds:
      req.payload.db.defaultIDType === 'number' &&
      req.payload.collections[collection.slug]?.customIDType !== 'text',
  })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return idIsNoRow ? { ...args, id: NO_ROW_ID } : args
}

/**
 * The id as the REST path wrote it: Payload's handlers `parseFloat` a path id before any hook
 * sees it, so `/api/charges/12abc` would read charge 12 and `/1e3x` charge 1000. Only the
 * operation on the path's own document takes it (hooks of that request read other rows with the
 * same `req`).
 */
const idAsSent = ({
  collection,
  id,
  req,
}: {
  collection: string
  id: OperationArgs['id']
  req: PayloadRequest
}): OperationArgs['id'] => {
  const sent = req.routeParams?.id
  return req.routeParams?.collection === collection &&
    typeof sent === 'string' &&
    typeof id === 'number' &&
    id === parseFloat(sent)
    ? sent
    : id
}
