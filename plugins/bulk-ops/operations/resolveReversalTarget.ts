import type { PayloadRequest } from 'payload'

import { idOf } from '../../../src/access/scopeOf'
import type { UserScope } from '../../../src/access/scopeOf'
import type { BulkJob } from '../../../payload-types'
import type { BulkJobInput } from '../engine/bulkJobInput'
import type { JobScope } from '../engine/types'
import { findActableJob } from './findActableJob'
import { jobScopeOf } from './jobScopeOf'
import { resolveNewJobScope } from './resolveNewJobScope'
import { DomainError, invalid } from '../../../src/lib/errors/domainError'

/** The actions whose effects are charges, and so can be reversed. */
const REVERSIBLE: readonly BulkJob['action'][] = ['common-expense-issue', 'recurring-expenses']

/**
 * The job a reversal offsets, checked: one the caller may act on (else "Job not found" on
 * `parameters.job`), a charge issue that has executed. The reversal covers the reversed job's
 * scope and period, or the part of it the caller names.
 */
export const resolveReversalTarget = async ({
  caller,
  input,
  req,
}: {
  caller: UserScope
  input: Extract<BulkJobInput, { action: 'reversal' }>
  req: PayloadRequest
}): Promise<{ officeId: number; reverses: number; scope: JobScope }> => {
  const original = await findActableJob({ jobId: input.parameters.job, req }).catch(
    (err: unknown) => {
      if (err instanceof DomainError && (err.kind === 'not-found' || err.kind === 'forbidden')) {
        throw invalid([{ message: 'Job not found', path: 'parameters.job' }])
      }
      throw err
    },
  )
  if (
    !REVERSIBLE.includes(original.action) ||
    (original.status !== 'completed' && original.status !== 'completed-with-errors')
  ) {
    throw invalid([
      {
        message: 'Only an executed common-expense-issue or recurring-expenses job can be reversed',
        path: 'parameters.job',
      },
    ])
  }
  const officeId = idOf(original.tenant) as number
  const originalScope = jobScopeOf(original)
  if (!input.scope?.buildings?.length && !input.scope?.apartments?.length)
    return { officeId, reverses: original.id, scope: originalScope }
  const narrowed = await resolveNewJobScope({ caller, req, requested: input.scope })
  if (narrowed.officeId !== officeId)
    throw invalid([{ message: "Must lie in the reversed job's office", path: 'scope' }])
  return {
    officeId,
    reverses: original.id,
    scope: { ...narrowed.scope, period: originalScope.period },
  }
}
