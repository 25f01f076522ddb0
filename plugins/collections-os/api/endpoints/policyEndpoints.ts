import type { Endpoint, PayloadRequest } from 'payload'

import type { ApiCaller } from '../../../../src/lib/api/apiCaller'
import { listVisible } from '../../../../src/lib/api/listVisible'
import { requireVisible } from '../../../../src/lib/api/requireVisible'
import { DUNNING_POLICIES } from '../../constants'
import { createPolicy } from '../../operations/createPolicy'
import { deletePolicy } from '../../operations/deletePolicy'
import { collectionsEndpoint } from '../http/collectionsEndpoint'
import { collectionsRoutes as routes } from '../routes'

type Visible = { caller: ApiCaller; id: number; req: PayloadRequest }

const policyOf = ({ caller, id, req }: Visible) =>
  requireVisible({ caller, collection: DUNNING_POLICIES, id, message: 'Policy not found', req })

/** CRUD over `dunning-policies`, through the Local API with the caller's access. */
export const policyEndpoints: Endpoint[] = [
  collectionsEndpoint(routes.listPolicies, async ({ caller, query, req }) => {
    const isActive = query.isActive === undefined ? undefined : query.isActive === 'true'
    return listVisible({
      caller,
      collection: DUNNING_POLICIES,
      filters: { building: query.building, isActive },
      query,
      req,
      sort: 'name',
    })
  }),

  collectionsEndpoint(routes.createPolicy, async ({ body, caller, req }) =>
    Response.json(await createPolicy({ caller, input: body, req }), { status: 201 }),
  ),

  collectionsEndpoint(routes.getPolicy, async ({ caller, id, req }) =>
    Response.json(await policyOf({ caller, id, req })),
  ),

  collectionsEndpoint(routes.updatePolicy, async ({ body, caller, id, req }) => {
    await policyOf({ caller, id, req })
    return Response.json(
      await req.payload.update({
        collection: DUNNING_POLICIES,
        data: body,
        depth: 0,
        id,
        overrideAccess: false,
        req,
      }),
    )
  }),

  collectionsEndpoint(routes.deletePolicy, async ({ caller, id, req }) => {
    await policyOf({ caller, id, req })
    await deletePolicy({ policyId: id, req })
    return new Response(null, { status: 204 })
  }),
]
