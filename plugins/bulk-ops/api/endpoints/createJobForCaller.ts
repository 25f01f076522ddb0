import type { PayloadRequest } from 'payload'

import type { BulkJob } from '../../../../payload-types'
import { idOf } from '../../../../src/access/scopeOf'
import type { ApiCaller } from '../../../../src/lib/api/apiCaller'
import { mayActOnBuildings } from '../../operations/bulkCaller'
import { BulkJobError, invalid } from '../../operations/bulkJobError'
import { createBulkJob } from '../../operations/createBulkJob'
import { inTransaction } from '../../operations/inTransaction'
import { buildingsOfScope } from '../access/buildingsOfScope'
import type { JobInput } from './jobInputOf'

/**
 * Creates a draft job for an API caller. A manager naming a building of their office they are not
 * assigned to (directly or through an apartment) is refused with 403 before anything is checked.
 * The job is created in a transaction that is rolled back when it landed in an office of the
 * caller where Bulk Ops is off (a platform admin's or a multi-office user's), which the operation
 * itself does not know about: for this API those buildings do not exist.
 */
export const createJobForCaller = async ({
  caller,
  input,
  req,
}: {
  caller: ApiCaller
  input: JobInput
  req: PayloadRequest
}): Promise<BulkJob> => {
  const buildingIds = await buildingsOfScope({ caller, req, scope: input.scope })
  if (!mayActOnBuildings({ buildingIds, scope: caller.scope }))
    throw new BulkJobError('forbidden', 'The scope covers buildings you do not manage')
  return inTransaction(req, async () => {
    const job = await createBulkJob({ input, req })
    if (!caller.officeIds.includes(idOf(job.tenant as never) ?? 0))
      throw invalid([{ message: 'Buildings and apartments not found', path: 'scope' }])
    return job
  })
}
