import type { Endpoint } from 'payload'

import { pageOf } from '../../../../src/lib/api/pageOf'
import { cancelBulkJob } from '../../operations/cancelBulkJob'
import { dryRunBulkJob } from '../../operations/dryRunBulkJob'
import { executeBulkJob } from '../../operations/executeBulkJob'
import { retryBulkJob } from '../../operations/retryBulkJob'
import { visibleJob } from '../access/visibleJob'
import { bulkEndpoint } from '../http/bulkEndpoint'
import { bulkRoutes as routes } from '../routes'

/** A job's transitions: each looks the job up for the caller, then hands it to its operation. */
export const jobActionEndpoints: Endpoint[] = [
  bulkEndpoint(routes.dryRunJob, async ({ caller, id, req }) => {
    await visibleJob({ caller, id, req })
    const { items, job } = await dryRunBulkJob({ jobId: id, req })
    return Response.json({ ...job, items: pageOf(items) })
  }),

  bulkEndpoint(routes.executeJob, async ({ caller, id, req }) => {
    await visibleJob({ caller, id, req })
    return Response.json(await executeBulkJob({ jobId: id, req }), { status: 202 })
  }),

  bulkEndpoint(routes.retryJob, async ({ body, caller, id, req }) => {
    await visibleJob({ caller, id, req })
    return Response.json(await retryBulkJob({ itemIds: body?.itemIds, jobId: id, req }), {
      status: 202,
    })
  }),

  bulkEndpoint(routes.cancelJob, async ({ caller, id, req }) => {
    await visibleJob({ caller, id, req })
    return Response.json(await cancelBulkJob({ jobId: id, req }))
  }),
]
