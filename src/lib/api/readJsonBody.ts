import type { PayloadRequest } from 'payload'

import { validationErrorResponse } from '../validation/validationError'

/**
 * The request's JSON body: the one `withIdempotency` already buffered (`req.data`), or read now.
 * An empty body is `undefined` (the schema then says what is missing); text that is not JSON is
 * a 400.
 */
export const readJsonBody = async (
  req: PayloadRequest,
): Promise<{ response: Response } | { response?: undefined; value: unknown }> => {
  if (req.data !== undefined) return { value: req.data }
  const text = req.text ? await req.text() : ''
  if (text.trim() === '') return { value: undefined }
  try {
    return { value: JSON.parse(text) }
  } catch {
    return { response: validationErrorResponse([{ message: 'Send a JSON body', path: '(body)' }]) }
  }
}
