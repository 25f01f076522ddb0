import type { Endpoint } from 'payload'

import { idOf } from '../../../../src/access/scopeOf'
import { errorResponse } from '../../../../src/lib/http/errors'
import { validationErrorResponse } from '../../../../src/lib/validation/validationError'
import { DUNNING_EVENTS, DUNNING_POLICIES, DUNNING_RUNS } from '../../constants'
import { triggerDunningRun } from '../../operations/triggerDunningRun'
import { findVisible } from '../../../../src/lib/api/findVisible'
import { mayRunDunningFor } from '../access/mayRunDunningFor'
import { collectionsEndpoint } from '../http/collectionsEndpoint'
import { listVisible } from '../../../../src/lib/api/listVisible'
import { pageOf } from '../../../../src/lib/api/pageOf'
import { replayDunningRun } from '../../operations/replayDunningRun'
import { collectionsRoutes as routes } from '../routes'

const mayNotRun = () =>
  errorResponse(403, 'Only office admins, accountants and managers of the building may run dunning')

/**
 * Runs: read through the collection's access; started and replayed by these endpoints, which
 * check the caller themselves because runs are `create: nobody` for everyone through Payload.
 */
export const runEndpoints: Endpoint[] = [
  collectionsEndpoint(routes.listRuns, async ({ caller, query, req }) => {
    return listVisible({
      caller,
      collection: DUNNING_RUNS,
      filters: { building: query.building, policy: query.policy, status: query.status },
      query,
      req,
      sort: '-createdAt',
    })
  }),

  collectionsEndpoint(routes.getRun, async ({ caller, id, query, req }) => {
    const run = await findVisible({ caller, collection: DUNNING_RUNS, id, req })
    if (!run) return errorResponse(404, 'Run not found')
    const events = await req.payload.find({
      collection: DUNNING_EVENTS,
      depth: 0,
      limit: query.eventsLimit,
      overrideAccess: false,
      page: query.eventsPage,
      req,
      sort: 'id',
      where: { run: { equals: id } },
    })
    return Response.json({ ...run, events: pageOf(events) })
  }),

  collectionsEndpoint(routes.triggerRun, async ({ body, caller, req }) => {
    const policy = await findVisible({ caller, collection: DUNNING_POLICIES, id: body.policy, req })
    if (!policy) return errorResponse(404, 'Policy not found')
    const policyBuilding = idOf(policy.building)
    if (body.building !== undefined) {
      if (policyBuilding !== null && body.building !== policyBuilding) {
        return validationErrorResponse([
          {
            message: `The policy is building ${policyBuilding}'s override: its runs cover that building`,
            path: 'building',
          },
        ])
      }
      const building = await findVisible({
        caller,
        collection: 'buildings',
        id: body.building,
        req,
      })
      if (!building || idOf(building.tenant) !== idOf(policy.tenant)) {
        return validationErrorResponse([{ message: 'Building not found', path: 'building' }])
      }
    }
    const buildingId = body.building ?? policyBuilding
    if (!mayRunDunningFor({ buildingId, scope: caller.scope })) return mayNotRun()
    if (policy.isActive === false)
      return errorResponse(409, 'The policy is inactive: activate it before running it')
    const run = await triggerDunningRun({
      building: buildingId ?? undefined,
      isDryRun: body.dryRun,
      payload: req.payload,
      policyId: policy.id,
      requestedBy: req.user,
      trigger: 'manual',
    })
    return Response.json(run, { status: 202 })
  }),

  collectionsEndpoint(routes.replayRun, async ({ caller, id, req }) => {
    const run = await findVisible({ caller, collection: DUNNING_RUNS, id, req })
    if (!run) return errorResponse(404, 'Run not found')
    if (!mayRunDunningFor({ buildingId: idOf(run.building), scope: caller.scope }))
      return mayNotRun()
    const replayed = await replayDunningRun({ req, runId: id })
    if (!replayed)
      return errorResponse(
        409,
        `Only a failed or dead-letter run is replayed; this one is ${run.status}`,
      )
    return Response.json(replayed, { status: 202 })
  }),
]
