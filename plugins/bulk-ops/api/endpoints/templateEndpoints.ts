import type { Endpoint } from 'payload'

import { idOf } from '../../../../src/access/scopeOf'
import { findVisible } from '../../../../src/lib/api/findVisible'
import { officeOfNewRow } from '../../../../src/lib/api/officeOfNewRow'
import { listVisible } from '../../../../src/lib/api/listVisible'
import { errorResponse } from '../../../../src/lib/http/errors'
import { validationErrorResponse } from '../../../../src/lib/validation/validationError'
import { BULK_TEMPLATES } from '../../constants'
import { mayWriteTemplates } from '../access/mayWriteTemplates'
import { templateScopeErrors } from '../access/templateScopeErrors'
import { bulkEndpoint } from '../http/bulkEndpoint'
import { bulkRoutes as routes } from '../routes'
import { templateParameterErrors } from './templateParameterErrors'

const notFound = () => errorResponse(404, 'Template not found')
const mayNotWrite = () =>
  errorResponse(403, 'Only office admins and accountants manage bulk templates')

type ScopeBody = { apartments?: number[]; buildings?: number[]; period?: string }
/** A scope as the collection stores it: the whole group, so a PATCH replaces it. */
const storedScope = (scope: ScopeBody) => ({
  apartments: scope.apartments ?? [],
  buildings: scope.buildings ?? [],
  period: scope.period ?? null,
})

/** CRUD over `bulk-templates`, through the Local API with the caller's access (staff read; financial writers write). */
export const templateEndpoints: Endpoint[] = [
  bulkEndpoint(routes.listTemplates, async ({ caller, query, req }) => {
    return listVisible({
      caller,
      collection: BULK_TEMPLATES,
      filters: { action: query.action },
      query,
      req,
      sort: 'name',
    })
  }),

  bulkEndpoint(routes.createTemplate, async ({ body, caller, req }) => {
    if (!mayWriteTemplates(caller.scope)) return mayNotWrite()
    const { office, scope, ...fields } = body
    const tenant = officeOfNewRow({ caller, office })
    if ('errors' in tenant) return validationErrorResponse(tenant.errors)
    const errors = [
      ...templateParameterErrors(fields),
      ...(await templateScopeErrors({ officeId: tenant.officeId, req, scope })),
    ]
    if (errors.length > 0) return validationErrorResponse(errors)
    const doc = await req.payload.create({
      collection: BULK_TEMPLATES,
      data: { ...fields, scope: storedScope(scope ?? {}), tenant: tenant.officeId },
      depth: 0,
      overrideAccess: false,
      req,
    })
    return Response.json(doc, { status: 201 })
  }),

  bulkEndpoint(routes.getTemplate, async ({ caller, id, req }) => {
    const doc = await findVisible({ caller, collection: BULK_TEMPLATES, id, req })
    return doc ? Response.json(doc) : notFound()
  }),

  bulkEndpoint(routes.updateTemplate, async ({ body, caller, id, req }) => {
    const template = await findVisible({ caller, collection: BULK_TEMPLATES, id, req })
    if (!template) return notFound()
    if (!mayWriteTemplates(caller.scope)) return mayNotWrite()
    // A new action is checked against the stored parameters unless new ones come with it.
    const action = body.action ?? template.action
    const parameters =
      body.parameters !== undefined
        ? body.parameters
        : (template.parameters as null | Record<string, unknown> | undefined)
    const errors = [
      ...(body.action !== undefined || body.parameters !== undefined
        ? templateParameterErrors({ action, parameters })
        : []),
      ...(await templateScopeErrors({
        officeId: idOf(template.tenant) ?? 0,
        req,
        scope: body.scope,
      })),
    ]
    if (errors.length > 0) return validationErrorResponse(errors)
    const { scope, ...fields } = body
    const doc = await req.payload.update({
      collection: BULK_TEMPLATES,
      data: { ...fields, ...(scope === undefined ? {} : { scope: storedScope(scope) }) },
      depth: 0,
      id,
      overrideAccess: false,
      req,
    })
    return Response.json(doc)
  }),

  bulkEndpoint(routes.deleteTemplate, async ({ caller, id, req }) => {
    if (!(await findVisible({ caller, collection: BULK_TEMPLATES, id, req }))) return notFound()
    if (!mayWriteTemplates(caller.scope)) return mayNotWrite()
    await req.payload.delete({ collection: BULK_TEMPLATES, id, overrideAccess: false, req })
    return new Response(null, { status: 204 })
  }),
]
