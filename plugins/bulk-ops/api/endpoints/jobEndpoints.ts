import type { Endpoint } from 'payload'

import { findVisible } from '../../../../src/lib/api/findVisible'
import { listVisible } from '../../../../src/lib/api/listVisible'
import { pageOf } from '../../../../src/lib/api/pageOf'
import { validationErrorResponse } from '../../../../src/lib/validation/validationError'
import { BULK_JOBS, BULK_TEMPLATES } from '../../constants'
import { getBulkJob } from '../../operations/getBulkJob'
import { unlessVisibleJob } from '../access/unlessVisibleJob'
import { bulkEndpoint } from '../http/bulkEndpoint'
import { bulkRoutes as routes } from '../routes'
import { createJobForCaller } from './createJobForCaller'
import { jobInputOf } from './jobInputOf'

/** Jobs: listed and read through the collection's access; created by `createBulkJob` (jobs are `create: nobody`). */
export const jobEndpoints: Endpoint[] = [
  bulkEndpoint(routes.listJobs, async ({ caller, query, req }) => {
    return listVisible({
      caller,
      collection: BULK_JOBS,
      filters: { action: query.action, status: query.status },
      query,
      req,
      sort: '-createdAt',
    })
  }),

  bulkEndpoint(routes.createJob, async ({ body, caller, req }) => {
    let template
    if (body.template !== undefined) {
      template = await findVisible({ caller, collection: BULK_TEMPLATES, id: body.template, req })
      if (!template)
        return validationErrorResponse([{ message: 'Template not found', path: 'template' }])
    }
    const job = await createJobForCaller({
      caller,
      input: jobInputOf({ body, template: template ?? undefined }),
      req,
    })
    return Response.json(job, { status: 201 })
  }),

  bulkEndpoint(routes.getJob, async ({ caller, id, query, req }) => {
    const notFound = await unlessVisibleJob({ caller, id, req })
    if (notFound) return notFound
    const { errors, items, job } = await getBulkJob({ ...query, jobId: id, req })
    return Response.json({ ...job, itemErrors: pageOf(errors), items: pageOf(items) })
  }),
]
