import { apiErrors, type ApiErrors } from './apiErrors'

export type SendResult = ({ ok: false } & ApiErrors) | { body: unknown; ok: true }

/**
 * A JSON request from an admin client component, with the session cookie. Mutations carry a fresh
 * `Idempotency-Key`: a double click or a retried request is answered once.
 */
export const sendJson = async ({ body, method, url }: { body?: unknown; method: 'DELETE' | 'PATCH' | 'POST'; url: string }): Promise<SendResult> => {
  try {
    const response = await fetch(url, {
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      method,
    })
    const text = await response.text()
    let json: unknown = text
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      // not JSON: an HTML error page, shown by status
    }
    return response.ok ? { body: json, ok: true } : { ok: false, ...apiErrors({ body: json, status: response.status }) }
  } catch {
    return { fieldErrors: {}, message: 'The server could not be reached. Try again.', ok: false }
  }
}
