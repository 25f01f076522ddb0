import type { FieldError } from '../../../src/lib/validation/validationError'
import type { BulkJobErrorCode, Refusal } from '../engine/jobRefusals'

/** The HTTP status an endpoint answers for each refusal. */
export const BULK_JOB_ERROR_STATUS: Record<BulkJobErrorCode, number> = {
  'already-executing': 409,
  forbidden: 403,
  invalid: 400,
  'invalid-state': 409,
  'not-dry-run': 409,
  'not-found': 404,
  'plan-drift': 409,
}

/**
 * Why a bulk operation refused, typed so the HTTP layer can answer without parsing messages:
 * `invalid` carries field errors for a 400 (`validationErrorResponse(err.fieldErrors)`), the
 * others map through `BULK_JOB_ERROR_STATUS`. Nothing was written when one is thrown.
 */
export class BulkJobError extends Error {
  constructor(
    readonly code: BulkJobErrorCode,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message)
    this.name = 'BulkJobError'
  }

  get status(): number {
    return BULK_JOB_ERROR_STATUS[this.code]
  }
}

export const invalid = (fieldErrors: FieldError[]): BulkJobError =>
  new BulkJobError(
    'invalid',
    `Invalid: ${fieldErrors.map((error) => error.path).join(', ')}`,
    fieldErrors,
  )

/** Throws the refusal, if there is one. */
export const refuse = (refusal: null | Refusal): void => {
  if (refusal) throw new BulkJobError(refusal.code, refusal.message)
}
