import type { Endpoint, PayloadRequest } from 'payload'

import type { ApiCaller } from '../../../../src/lib/api/apiCaller'
import { listVisible } from '../../../../src/lib/api/listVisible'
import { requireVisible } from '../../../../src/lib/api/requireVisible'
import { BULK_TEMPLATES } from '../../constants'
import { createBulkTemplate } from '../../operations/createBulkTemplate'
import { deleteBulkTemplate } from '../../operations/deleteBulkTemplate'
import { updateBulkTemplate } from '../../operations/updateBulkTemplate'
import { bulkEndpoint } from '../http/bulkEndpoint'
import { bulkRoutes as routes } from '../routes'

type Visible = { caller: ApiCaller; id: number; req: PayloadRequest }

const templateOf = ({ caller, id, req }: Visible) =>
  requireVisible({ caller, collection: BULK_TEMPLATES, id, message: 'Template not found', req })

/** CRUD over `bulk-templates`, through the Local API with the caller's access (staff read; financial writers write). */
export const templateEndpoints: Endpoint[] = [
  bulkEndpoint(routes.listTemplates, async ({ caller, query, req }) =>
    listVisible({
      caller,
      collection: BULK_TEMPLATES,
      filters: { action: query.action },
      query,
      req,
      sort: 'name',
    }),
  ),

  bulkEndpoint(routes.createTemplate, async ({ body, caller, req }) =>
    Response.json(await createBulkTemplate({ caller, input: body, req }), { status: 201 }),
  ),

  bulkEndpoint(routes.getTemplate, async ({ caller, id, req }) =>
    Response.json(await templateOf({ caller, id, req })),
  ),

  bulkEndpoint(routes.updateTemplate, async ({ body, caller, id, req }) => {
    const template = await templateOf({ caller, id, req })
    return Response.json(await updateBulkTemplate({ input: body, req, template }))
  }),

  bulkEndpoint(routes.deleteTemplate, async ({ caller, id, req }) => {
    await deleteBulkTemplate({ req, template: await templateOf({ caller, id, req }) })
    return new Response(null, { status: 204 })
  }),
]
