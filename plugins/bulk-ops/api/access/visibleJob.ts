import type { PayloadRequest } from 'payload'

import type { ApiCaller } from '../../../../src/lib/api/apiCaller'
import { requireVisible } from '../../../../src/lib/api/requireVisible'
import { BULK_JOBS } from '../../constants'

/**
 * A job the caller may read through this API, or the 404 (missing, another office's, outside a
 * manager's buildings, or in an office where Bulk Ops is off). The operations decide the rest:
 * every building of the job for managers (403), the job's state (409) and its plan.
 */
export const visibleJob = ({
  caller,
  id,
  req,
}: {
  caller: ApiCaller
  id: number
  req: PayloadRequest
}) => requireVisible({ caller, collection: BULK_JOBS, id, message: 'Bulk job not found', req })
