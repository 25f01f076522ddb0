import type { Endpoint } from 'payload'

import { listVisible } from '../../../../src/lib/api/listVisible'
import { pageOf } from '../../../../src/lib/api/pageOf'
import { BULK_JOBS } from '../../constants'
import { getBulkJob } from '../../operations/getBulkJob'
import { requestBulkJob } from '../../operations/requestBulkJob'
import { visibleJob } from '../access/visibleJob'
import { bulkEndpoint } from '../http/bulkEndpoint'
import { bulkRoutes as routes } from '../routes'

/** Jobs: listed and read through the collection's access; created by `requestBulkJob` (jobs are `create: nobody`). */
export const jobEndpoints: Endpoint[] = [
  bulkEndpoint(routes.listJobs, async ({ caller, query, req }) =>
    listVisible({
      caller,
      collection: BULK_JOBS,
      filters: { action: query.action, status: query.status },
      query,
      req,
      sort: '-createdAt',
    }),
  ),

  bulkEndpoint(routes.createJob, async ({ body, caller, req }) =>
    Response.json(await requestBulkJob({ body, caller, req }), { status: 201 }),
  ),

  bulkEndpoint(routes.getJob, async ({ caller, id, query, req }) => {
    await visibleJob({ caller, id, req })
    const { errors, items, job } = await getBulkJob({ ...query, jobId: id, req })
    return Response.json({ ...job, itemErrors: pageOf(errors), items: pageOf(items) })
  }),
]
