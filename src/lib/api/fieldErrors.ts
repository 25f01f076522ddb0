import type { z } from 'zod'

import type { FieldError } from '../validation/validationError'

/**
 * Zod issues as field errors. Unknown keys of a strict object come as one issue on the object;
 * they are split into one error per key, so a client sees `status: Unknown field` rather than an
 * anonymous complaint about the body.
 */
export const fieldErrorsOf = (error: z.ZodError): FieldError[] =>
  error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ message: 'Unknown field', path: [...issue.path, key].join('.') }))
      : [{ message: issue.message, path: issue.path.join('.') || '(body)' }],
  )
