import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { BulkJob } from '../../../payload-types'
import { idOf } from '../../../src/access/scopeOf'
import type { ApiCaller } from '../../../src/lib/api/apiCaller'
import { findVisible } from '../../../src/lib/api/findVisible'
import { inTransaction } from '../../../src/lib/db/inTransaction'
import { forbidden, invalid, invalidField } from '../../../src/lib/errors/domainError'
import type { jobCreateBody } from '../api/schemas/jobSchemas'
import { BULK_TEMPLATES } from '../constants'
import { jobInputOf } from '../engine/jobInputOf'
import { mayActOnBuildings } from './bulkCaller'
import { buildingsOfScope } from './buildingsOfScope'
import { createBulkJob } from './createBulkJob'

/**
 * A draft job an API caller asks for, from the body alone or from a template of theirs ("Template
 * not found" otherwise). A manager naming a building of their office they are not assigned to
 * (directly or through an apartment) is refused with 403 before anything is checked. The job is
 * created in a transaction that is rolled back when it landed in an office of the caller where
 * Bulk Ops is off (a platform admin's or a multi-office user's), which `createBulkJob` itself does
 * not know about: for this API those buildings do not exist.
 */
export const requestBulkJob = async ({
  body,
  caller,
  req,
}: {
  body: z.output<typeof jobCreateBody>
  caller: ApiCaller
  req: PayloadRequest
}): Promise<BulkJob> => {
  const template =
    body.template === undefined
      ? undefined
      : await findVisible({ caller, collection: BULK_TEMPLATES, id: body.template, req })
  if (template === null) throw invalidField('template', 'Template not found')
  const input = jobInputOf({ body, template })
  const buildingIds = await buildingsOfScope({ caller, req, scope: input.scope })
  if (!mayActOnBuildings({ buildingIds, scope: caller.scope })) {
    throw forbidden('The scope covers buildings you do not manage')
  }
  return inTransaction(req, async () => {
    const job = await createBulkJob({ input, req })
    if (!caller.officeIds.includes(idOf(job.tenant) ?? 0)) {
      throw invalid([{ message: 'Buildings and apartments not found', path: 'scope' }])
    }
    return job
  })
}
