import { APIError, ValidationError } from 'payload'

import { validationErrorResponse } from '../validation/validationError'
import type { FieldError } from '../validation/validationError'
import { DomainError } from './domainError'

/**
 * The answer for an error thrown on a client's behalf: a `DomainError` by its kind
 * (`DOMAIN_ERROR_STATUS`), `invalid` in Payload's validation shape with its field paths, the rest
 * as `{ errors: [{ code, message }] }`; and the Local API's own 4xx errors (validation, forbidden,
 * not found) the same way, so an integrator parses one format whichever layer refused. Null for
 * anything else: a server fault stays a thrown 500 (and an idempotency key is released for the
 * client's retry).
 */
export const errorResponseOf = (err: unknown): null | Response => {
  if (err instanceof DomainError) {
    if (err.kind === 'invalid') return validationErrorResponse([...err.fieldErrors])
    return Response.json(
      { errors: [{ code: err.code, message: err.message }] },
      { status: err.status },
    )
  }
  if (!(err instanceof APIError) || err.status < 400 || err.status >= 500) return null
  if (err instanceof ValidationError) {
    const errors = ((err.data as { errors?: FieldError[] } | null)?.errors ?? []).map(
      ({ message, path }) => ({ message, path }),
    )
    return validationErrorResponse(errors)
  }
  return Response.json({ errors: [{ message: err.message }] }, { status: err.status })
}
