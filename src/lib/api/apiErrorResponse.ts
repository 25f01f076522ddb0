import { APIError, ValidationError } from 'payload'

import { errorResponse } from '../http/errors'
import { validationErrorResponse } from '../validation/validationError'
import type { FieldError } from '../validation/validationError'

/**
 * The answer for an error the Local API threw on a client's behalf (validation 400, forbidden
 * 403, not found 404...), so the endpoint returns it as a response, which `withIdempotency` then
 * stores like any other. Null for anything else: a server fault stays a thrown 500, and the
 * idempotency key is released for the client's retry.
 */
export const apiErrorResponse = (err: unknown): null | Response => {
  if (!(err instanceof APIError) || err.status < 400 || err.status >= 500) return null
  if (err instanceof ValidationError) {
    const errors = ((err.data as { errors?: FieldError[] } | null)?.errors ?? []).map(
      ({ message, path }) => ({ message, path }),
    )
    return validationErrorResponse(errors)
  }
  return errorResponse(err.status, err.message)
}
