import type { Endpoint } from 'payload'

import { listVisible } from '../../../../src/lib/api/listVisible'
import { pageOf } from '../../../../src/lib/api/pageOf'
import { requireVisible } from '../../../../src/lib/api/requireVisible'
import { DUNNING_EVENTS, DUNNING_POLICIES, DUNNING_RUNS } from '../../constants'
import { replayDunningRun } from '../../operations/replayDunningRun'
import { requestDunningRun } from '../../operations/requestDunningRun'
import { collectionsEndpoint } from '../http/collectionsEndpoint'
import { collectionsRoutes as routes } from '../routes'

/**
 * Runs: read through the collection's access; started and replayed by their operations, which
 * decide who may (runs are `create: nobody` for everyone through Payload).
 */
export const runEndpoints: Endpoint[] = [
  collectionsEndpoint(routes.listRuns, async ({ caller, query, req }) =>
    listVisible({
      caller,
      collection: DUNNING_RUNS,
      filters: { building: query.building, policy: query.policy, status: query.status },
      query,
      req,
      sort: '-createdAt',
    }),
  ),

  collectionsEndpoint(routes.getRun, async ({ caller, id, query, req }) => {
    const run = await requireVisible({
      caller,
      collection: DUNNING_RUNS,
      id,
      message: 'Run not found',
      req,
    })
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
    const policy = await requireVisible({
      caller,
      collection: DUNNING_POLICIES,
      id: body.policy,
      message: 'Policy not found',
      req,
    })
    const run = await requestDunningRun({
      building: body.building,
      isDryRun: body.dryRun,
      policy,
      req,
    })
    return Response.json(run, { status: 202 })
  }),

  collectionsEndpoint(routes.replayRun, async ({ caller, id, req }) => {
    await requireVisible({ caller, collection: DUNNING_RUNS, id, message: 'Run not found', req })
    return Response.json(await replayDunningRun({ req, runId: id }), { status: 202 })
  }),
]
