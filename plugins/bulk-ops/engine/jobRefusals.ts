import type { BulkJobStatus } from '../constants'

/**
 * Why the state of a job refuses an operation on it: the `code` of the conflict (409) the
 * operation throws (`refuse`), so a client can tell a drifted plan from a repeated execute.
 */
export type JobConflictCode = 'already-executing' | 'invalid-state' | 'not-dry-run' | 'plan-drift'

export type Refusal = { code: JobConflictCode; message: string }

const executedOrRunning = (status: BulkJobStatus): null | Refusal => {
  if (status === 'executing') return { code: 'already-executing', message: 'The job is executing' }
  if (status === 'completed' || status === 'completed-with-errors' || status === 'failed') {
    return { code: 'already-executing', message: `The job was executed already (${status})` }
  }
  return null
}

/** A dry-run (or a repeated one) is allowed until the job executes. */
export const refuseDryRun = (status: BulkJobStatus): null | Refusal => {
  if (status === 'draft' || status === 'dry-run-ready') return null
  return (
    executedOrRunning(status) ?? {
      code: 'invalid-state',
      message: `A ${status} job cannot be dry-run`,
    }
  )
}

/** Execution needs a dry-run first and happens once. */
export const refuseExecute = (status: BulkJobStatus): null | Refusal => {
  if (status === 'dry-run-ready') return null
  if (status === 'draft')
    return { code: 'not-dry-run', message: 'Dry-run the job before executing it' }
  return (
    executedOrRunning(status) ?? {
      code: 'invalid-state',
      message: `A ${status} job cannot be executed`,
    }
  )
}

/** A retry picks up a finished execution's failed (and never reached) items. */
export const refuseRetry = (status: BulkJobStatus): null | Refusal => {
  if (status === 'completed-with-errors' || status === 'failed') return null
  if (status === 'executing') return { code: 'already-executing', message: 'The job is executing' }
  return {
    code: 'invalid-state',
    message: `Only a job that completed with errors or failed is retried; this one is ${status}`,
  }
}

/** Only a job that has not started can be cancelled. */
export const refuseCancel = (status: BulkJobStatus): null | Refusal => {
  if (status === 'draft' || status === 'dry-run-ready') return null
  return (
    executedOrRunning(status) ?? {
      code: 'invalid-state',
      message: `A ${status} job cannot be cancelled`,
    }
  )
}
