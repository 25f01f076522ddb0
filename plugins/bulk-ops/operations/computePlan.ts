import type { PayloadRequest } from 'payload'

import type { BulkJob, Office } from '../../../payload-types'
import { idOf } from '../../../src/access/scopeOf'
import { dbFor } from '../../../src/lib/db/transaction'
import { planJob } from '../engine/planJob'
import type { BulkPlan } from '../engine/types'
import { loadPlanInput } from './loadPlanInput'
import { statementLinkOf } from '../../../src/lib/statement/statementLinkOf'

/** Loads a job's data (set-based) and plans it with the engine; writes nothing. */
export const computePlan = async ({
  job,
  req,
}: {
  job: BulkJob
  req: PayloadRequest
}): Promise<BulkPlan & { office: Office }> => {
  const office = (await req.payload.findByID({
    collection: 'offices',
    depth: 0,
    id: idOf(job.tenant) as number,
    overrideAccess: true,
    req,
  })) as Office
  const input = await loadPlanInput({ db: await dbFor(req), job, office })
  return { ...planJob({ input, paymentLinkOf: statementLinkOf({ officeId: office.id }) }), office }
}
