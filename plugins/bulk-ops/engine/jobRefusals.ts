import type { BulkJobStatus } from '../constants'

/** Why an operation on a job is refused; the HTTP layer maps each to a status (see `BULK_JOB_ERROR_STATUS`). */
export const BULK_JOB_ERROR_CODES = [
  'invalid',
  'forbidden',
  'not-found',
  'not-dry-run',
  'plan-drift',
  'already-executing',
  'invalid-state',
] as const
export type BulkJobErrorCode = (typeof BULK_JOB_ERROR_CODES)[number]

export type Refusal = { code: BulkJobErrorCode; message: string }

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
