import { errorResponse } from '../../../../src/lib/http/errors'
import { validationErrorResponse } from '../../../../src/lib/validation/validationError'
import { BulkJobError } from '../../operations/bulkJobError'

/**
 * The answer for a refusal of a bulk operation: `invalid` as a 400 with its field errors, the rest
 * by `BULK_JOB_ERROR_STATUS` (403, 404, 409) with the operation's message. Null for anything else.
 */
export const bulkErrorResponse = (err: unknown): null | Response => {
  if (!(err instanceof BulkJobError)) return null
  if (err.code === 'invalid') return validationErrorResponse(err.fieldErrors)
  return errorResponse(err.status, err.message)
}
