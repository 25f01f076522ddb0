import type { PayloadRequest } from 'payload'

import type { ApiCaller } from '../../../../src/lib/api/apiCaller'
import { findVisible } from '../../../../src/lib/api/findVisible'
import { errorResponse } from '../../../../src/lib/http/errors'
import { BULK_JOBS } from '../../constants'

/**
 * The 404 for a job id the caller may not read through this API (missing, another office's, one
 * outside a manager's buildings, or of an office where Bulk Ops is off); null for a visible job.
 * The operations check the rest (every building of the job for managers, the job's state).
 */
export const unlessVisibleJob = async ({
  caller,
  id,
  req,
}: {
  caller: ApiCaller
  id: number
  req: PayloadRequest
}): Promise<null | Response> =>
  (await findVisible({ caller, collection: BULK_JOBS, id, req }))
    ? null
    : errorResponse(404, 'Bulk job not found')
