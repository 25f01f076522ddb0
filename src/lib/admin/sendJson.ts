import { apiErrors } from './apiErrors'
import type { ApiErrors } from './apiErrors'

export type SendResult = ({ ok: false } & ApiErrors) | { body: unknown; ok: true }

/**
 * A request of an admin client component to a feature API, with the session cookie. Each change
 * sends a fresh `Idempotency-Key` (every POST of the feature APIs needs one): a request the
 * browser repeats is answered once.
 */
export const sendJson = async ({
  body,
  method,
  url,
}: {
  body?: unknown
  method: 'DELETE' | 'GET' | 'PATCH' | 'POST'
  url: string
}): Promise<SendResult> => {
  try {
    const response = await fetch(url, {
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'include',
      headers:
        method === 'GET'
          ? {}
          : { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      method,
    })
    const text = await response.text()
    let json: unknown = text
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      // not JSON: an HTML error page, told apart by its status
    }
    return response.ok
      ? { body: json, ok: true }
      : { ok: false, ...apiErrors({ body: json, status: response.status }) }
  } catch {
    return {
      fieldErrors: {},
      message: 'The server could not be reached. Try again.',
      ok: false,
      status: 0,
    }
  }
}
