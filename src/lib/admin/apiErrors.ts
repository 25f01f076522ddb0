export type ApiErrors = {
  /** Field path -> message, from a 400 in Payload's validation shape. */
  fieldErrors: Record<string, string>
  /** What to show above the form. */
  message: string
  status: number
}

type ErrorBody = {
  errors?: { data?: { errors?: { message?: string; path?: string }[] }; message?: string }[]
}

/**
 * Reads an error answer of a feature API or of Payload's REST API (both put `errors[]` first, a
 * validation error's fields under `errors[0].data.errors`), so a form shows each message next to
 * its field and the rest above it.
 */
export const apiErrors = ({ body, status }: { body: unknown; status: number }): ApiErrors => {
  const errors = (body as ErrorBody | null)?.errors ?? []
  const fieldErrors: Record<string, string> = {}
  for (const error of errors) {
    for (const field of error.data?.errors ?? []) {
      if (field.path && field.message && !fieldErrors[field.path])
        fieldErrors[field.path] = field.message
    }
  }
  const first = errors.find((error) => error.message)?.message
  const fallback =
    status === 403
      ? 'You are not allowed to do this.'
      : status === 404
        ? 'Not found.'
        : `The request failed (${status}).`
  return {
    fieldErrors,
    message:
      Object.keys(fieldErrors).length > 0 ? 'Check the highlighted fields.' : (first ?? fallback),
    status,
  }
}
