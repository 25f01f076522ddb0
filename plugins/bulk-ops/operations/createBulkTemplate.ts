import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { ApiCaller } from '../../../src/lib/api/apiCaller'
import { officeOfNewRow } from '../../../src/lib/api/officeOfNewRow'
import { invalid } from '../../../src/lib/errors/domainError'
import type { templateCreateBody } from '../api/schemas/templateSchemas'
import { BULK_TEMPLATES } from '../constants'
import { templateParameterErrors } from '../engine/templateParameterErrors'
import { templateScopeErrors } from './templateScopeErrors'
import { templateWrite } from './templateWrite'

/**
 * A new template in the caller's (or the named) office: only financial writers (403, before any
 * field error), its parameters valid for its action and its scope's ids in its office (400).
 */
export const createBulkTemplate = async ({
  caller,
  input,
  req,
}: {
  caller: ApiCaller
  input: z.output<typeof templateCreateBody>
  req: PayloadRequest
}) => {
  templateWrite.assertWriter(req)
  const { office, scope, ...fields } = input
  const officeId = officeOfNewRow({ caller, office })
  const errors = [
    ...templateParameterErrors(fields),
    ...(await templateScopeErrors({ officeId, req, scope })),
  ]
  if (errors.length > 0) throw invalid(errors)
  return req.payload.create({
    collection: BULK_TEMPLATES,
    data: { ...fields, scope: templateWrite.storedScope(scope ?? {}), tenant: officeId },
    depth: 0,
    overrideAccess: false,
    req,
  })
}
