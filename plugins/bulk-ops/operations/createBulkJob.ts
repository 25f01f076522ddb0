import type { PayloadRequest } from 'payload'

import type { BulkJob } from '../../../payload-types'
import { currentTraceId, newTraceId } from '../../../src/lib/trace/traceContext'
import { parseBulkJobInput } from '../engine/bulkJobInput'
import { normalizeParameters } from '../engine/normalizeParameters'
import { BULK_JOBS } from '../constants'
import { auditBulk } from './bulkAudit'
import { bulkCallerOf } from './bulkCaller'
import { inTransaction } from '../../../src/lib/db/inTransaction'
import { resolveNewJobScope } from './resolveNewJobScope'
import { resolveReversalTarget } from './resolveReversalTarget'
import { invalid } from '../../../src/lib/errors/domainError'

/**
 * Records a draft job for the caller: the input checked (400 with field errors), its scope in the
 * caller's reach and in one office, the parameters with their defaults written out. Jobs are
 * `create: nobody` in the collection, so this is the only way one comes to exist.
 */
export const createBulkJob = async ({
  input,
  req,
}: {
  input: unknown
  req: PayloadRequest
}): Promise<BulkJob> => {
  const caller = bulkCallerOf(req)
  const parsed = parseBulkJobInput(input)
  if (parsed.errors) throw invalid(parsed.errors)
  const data = parsed.data
  const target =
    data.action === 'reversal'
      ? await resolveReversalTarget({ caller, input: data, req })
      : { ...(await resolveNewJobScope({ caller, req, requested: data.scope })), reverses: null }
  const office = await req.payload.findByID({
    collection: 'offices',
    depth: 0,
    id: target.officeId,
    overrideAccess: true,
    req,
  })
  const parameters = normalizeParameters({
    input: data,
    locale: office.locale,
    period: target.scope.period,
  })

  return inTransaction(req, async () => {
    const job = (await req.payload.create({
      collection: BULK_JOBS,
      data: {
        action: data.action,
        createdBy: req.user?.id as number,
        parameters,
        reverses: target.reverses,
        scope: target.scope,
        status: 'draft',
        tenant: target.officeId,
        // One trace for the job's whole life: created here, kept by its dry-runs, execution and retries.
        traceId: currentTraceId() ?? newTraceId(),
      },
      depth: 0,
      overrideAccess: true,
      req,
    })) as BulkJob
    await auditBulk({
      jobs: [
        {
          action: 'bulk-job.created',
          after: { action: data.action, parameters, scope: target.scope },
          jobId: job.id,
          tenant: target.officeId,
        },
      ],
      req,
    })
    return job
  })
}
