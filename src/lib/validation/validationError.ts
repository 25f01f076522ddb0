import type { z } from 'zod'

export type FieldError = { message: string; path: string }

/**
 * A 400 in the same shape Payload uses for collection validation errors, so integrators parse
 * one format: `errors[0].data.errors[] = { path, message }`.
 */
export const validationErrorResponse = (errors: FieldError[], headers?: HeadersInit): Response =>
  Response.json(
    {
      errors: [
        {
          data: { errors },
          message: `The following ${errors.length === 1 ? 'field is' : 'fields are'} invalid: ${errors.map((e) => e.path).join(', ')}`,
          name: 'ValidationError',
        },
      ],
    },
    { headers, status: 400 },
  )

/**
 * Zod issues as field errors. Unknown keys of a strict object come as one issue on the object;
 * they are split into one error per key, so a client sees `parameters.due: Unknown field` rather
 * than an anonymous complaint about the object.
 */
export const zodFieldErrors = (error: z.ZodError): FieldError[] =>
  error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          message: 'Unknown field',
          path: [...issue.path, key].join('.'),
        }))
      : [{ message: issue.message, path: issue.path.join('.') || '(body)' }],
  )

/** Parses `input` or returns the 400 response naming every bad field. */
export const parseOr400 = <S extends z.ZodType>(
  schema: S,
  input: unknown,
): { data: z.output<S>; response?: undefined } | { data?: undefined; response: Response } => {
  const result = schema.safeParse(input)
  return result.success
    ? { data: result.data }
    : { response: validationErrorResponse(zodFieldErrors(result.error)) }
}
