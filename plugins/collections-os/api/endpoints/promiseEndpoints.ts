import type { Endpoint, PayloadRequest } from 'payload'

import type { ApiCaller } from '../../../../src/lib/api/apiCaller'
import { listVisible } from '../../../../src/lib/api/listVisible'
import { requireVisible } from '../../../../src/lib/api/requireVisible'
import { PROMISES_TO_PAY } from '../../constants'
import { cancelPromise } from '../../operations/cancelPromise'
import { changePromiseTerms } from '../../operations/changePromiseTerms'
import { deletePromise } from '../../operations/deletePromise'
import { recordPromise } from '../../operations/recordPromise'
import { collectionsEndpoint } from '../http/collectionsEndpoint'
import { collectionsRoutes as routes } from '../routes'

type Visible = { caller: ApiCaller; id: number; req: PayloadRequest }

const promiseOf = ({ caller, id, req }: Visible) =>
  requireVisible({ caller, collection: PROMISES_TO_PAY, id, message: 'Promise not found', req })

/**
 * Promises to pay: office staff and managers (their buildings), through the collection's access.
 * Status moves only by transitions: `cancel` here; kept and broken are the system's.
 */
export const promiseEndpoints: Endpoint[] = [
  collectionsEndpoint(routes.listPromises, async ({ caller, query, req }) =>
    listVisible({
      caller,
      collection: PROMISES_TO_PAY,
      filters: { apartment: query.apartment, building: query.building, status: query.status },
      query,
      req,
      sort: '-createdAt',
    }),
  ),

  collectionsEndpoint(routes.createPromise, async ({ body, caller, req }) =>
    Response.json(await recordPromise({ caller, input: body, req }), { status: 201 }),
  ),

  collectionsEndpoint(routes.getPromise, async ({ caller, id, req }) =>
    Response.json(await promiseOf({ caller, id, req })),
  ),

  collectionsEndpoint(routes.updatePromise, async ({ body, caller, id, req }) => {
    const promise = await promiseOf({ caller, id, req })
    return Response.json(await changePromiseTerms({ input: body, promise, req }))
  }),

  collectionsEndpoint(routes.deletePromise, async ({ caller, id, req }) => {
    await deletePromise({ promise: await promiseOf({ caller, id, req }), req })
    return new Response(null, { status: 204 })
  }),

  collectionsEndpoint(routes.cancelPromise, async ({ caller, id, req }) => {
    const promise = await promiseOf({ caller, id, req })
    return Response.json(await cancelPromise({ promise, req }))
  }),
]
