import type { Endpoint, RequiredDataFromCollectionSlug } from 'payload'

import { errorResponse } from '../../../../src/lib/http/errors'
import { validationErrorResponse } from '../../../../src/lib/validation/validationError'
import { DUNNING_POLICIES, DUNNING_RUNS } from '../../constants'
import { canWritePolicies } from '../access/canWritePolicies'
import { findVisible } from '../../../../src/lib/api/findVisible'
import { collectionsEndpoint } from '../http/collectionsEndpoint'
import { listVisible } from '../../../../src/lib/api/listVisible'
import { collectionsRoutes as routes } from '../routes'
import { policyOffice } from './policyOffice'

/** CRUD over `dunning-policies`, through the Local API with the caller's access. */
export const policyEndpoints: Endpoint[] = [
  collectionsEndpoint(routes.listPolicies, async ({ caller, query, req }) => {
    return listVisible({
      caller,
      collection: DUNNING_POLICIES,
      filters: {
        building: query.building,
        isActive: query.isActive === undefined ? undefined : query.isActive === 'true',
      },
      query,
      req,
      sort: 'name',
    })
  }),

  collectionsEndpoint(routes.createPolicy, async ({ body, caller, req }) => {
    const { office, ...fields } = body
    const tenant = await policyOffice({ building: fields.building ?? null, caller, office, req })
    if ('errors' in tenant) return validationErrorResponse(tenant.errors)
    const doc = await req.payload.create({
      collection: DUNNING_POLICIES,
      // The generated type calls fields with defaults required; the collection fills them in.
      data: { ...fields, tenant: tenant.officeId } as RequiredDataFromCollectionSlug<
        typeof DUNNING_POLICIES
      >,
      depth: 0,
      overrideAccess: false,
      req,
    })
    return Response.json(doc, { status: 201 })
  }),

  collectionsEndpoint(routes.getPolicy, async ({ caller, id, req }) => {
    const doc = await findVisible({ caller, collection: DUNNING_POLICIES, id, req })
    return doc ? Response.json(doc) : errorResponse(404, 'Policy not found')
  }),

  collectionsEndpoint(routes.updatePolicy, async ({ body, caller, id, req }) => {
    if (!(await findVisible({ caller, collection: DUNNING_POLICIES, id, req })))
      return errorResponse(404, 'Policy not found')
    const doc = await req.payload.update({
      collection: DUNNING_POLICIES,
      data: body,
      depth: 0,
      id,
      overrideAccess: false,
      req,
    })
    return Response.json(doc)
  }),

  collectionsEndpoint(routes.deletePolicy, async ({ caller, id, req }) => {
    const policy = await findVisible({ caller, collection: DUNNING_POLICIES, id, req })
    if (!policy) return errorResponse(404, 'Policy not found')
    if (!canWritePolicies(caller.scope))
      return errorResponse(403, 'Only office admins and accountants manage policies')
    // Runs and their events point at the policy (not null): they are the history of who was contacted.
    const runs = await req.payload.count({
      collection: DUNNING_RUNS,
      req,
      where: { policy: { equals: policy.id } },
    })
    if (runs.totalDocs > 0)
      return errorResponse(409, 'The policy has runs: deactivate it (isActive: false) instead')
    await req.payload.delete({ collection: DUNNING_POLICIES, id, overrideAccess: false, req })
    return new Response(null, { status: 204 })
  }),
]
