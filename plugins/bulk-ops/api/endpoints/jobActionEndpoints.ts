import type { Endpoint } from 'payload'

import { pageOf } from '../../../../src/lib/api/pageOf'
import { cancelBulkJob } from '../../operations/cancelBulkJob'
import { dryRunBulkJob } from '../../operations/dryRunBulkJob'
import { executeBulkJob } from '../../operations/executeBulkJob'
import { retryBulkJob } from '../../operations/retryBulkJob'
import { unlessVisibleJob } from '../access/unlessVisibleJob'
import { bulkEndpoint } from '../http/bulkEndpoint'
import { bulkRoutes as routes } from '../routes'

/**
 * A job's transitions. Each first looks the job up among the caller's enabled offices (404 for any
 * other), then hands it to its operation, which checks the caller's buildings (403), the job's
 * state (409) and its plan, and throws `BulkJobError`s that `bulkEndpoint` answers.
 */
export const jobActionEndpoints: Endpoint[] = [
  bulkEndpoint(routes.dryRunJob, async ({ caller, id, req }) => {
    const notFound = await unlessVisibleJob({ caller, id, req })
    if (notFound) return notFound
    const { items, job } = await dryRunBulkJob({ jobId: id, req })
    return Response.json({ ...job, items: pageOf(items) })
  }),

  bulkEndpoint(routes.executeJob, async ({ caller, id, req }) => {
    const notFound = await unlessVisibleJob({ caller, id, req })
    if (notFound) return notFound
    return Response.json(await executeBulkJob({ jobId: id, req }), { status: 202 })
  }),

  bulkEndpoint(routes.retryJob, async ({ body, caller, id, req }) => {
    const notFound = await unlessVisibleJob({ caller, id, req })
    if (notFound) return notFound
    return Response.json(await retryBulkJob({ itemIds: body?.itemIds, jobId: id, req }), {
      status: 202,
    })
  }),

  bulkEndpoint(routes.cancelJob, async ({ caller, id, req }) => {
    const notFound = await unlessVisibleJob({ caller, id, req })
    if (notFound) return notFound
    return Response.json(await cancelBulkJob({ jobId: id, req }))
  }),
]
