import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { BulkTemplate } from '../../../payload-types'
import { idOf } from '../../../src/access/scopeOf'
import { invalid } from '../../../src/lib/errors/domainError'
import type { templatePatchBody } from '../api/schemas/templateSchemas'
import { BULK_TEMPLATES } from '../constants'
import { templateParameterErrors } from '../engine/templateParameterErrors'
import { templateScopeErrors } from './templateScopeErrors'
import { templateWrite } from './templateWrite'

/**
 * Changes a template by the same rules; a new action is checked against the stored parameters
 * unless new ones come with it.
 */
export const updateBulkTemplate = async ({
  input,
  req,
  template,
}: {
  input: z.output<typeof templatePatchBody>
  req: PayloadRequest
  template: BulkTemplate
}) => {
  templateWrite.assertWriter(req)
  const action = input.action ?? template.action
  const parameters =
    input.parameters !== undefined
      ? input.parameters
      : (template.parameters as null | Record<string, unknown> | undefined)
  const isParameterChange = input.action !== undefined || input.parameters !== undefined
  const errors = [
    ...(isParameterChange ? templateParameterErrors({ action, parameters }) : []),
    ...(await templateScopeErrors({
      officeId: idOf(template.tenant) ?? 0,
      req,
      scope: input.scope,
    })),
  ]
  if (errors.length > 0) throw invalid(errors)
  const { scope, ...fields } = input
  return req.payload.update({
    collection: BULK_TEMPLATES,
    data: {
      ...fields,
      ...(scope === undefined ? {} : { scope: templateWrite.storedScope(scope) }),
    },
    depth: 0,
    id: template.id,
    overrideAccess: false,
    req,
  })
}
