import type { PayloadRequest } from 'payload'

/**
 * Adds headers to the answer of a Payload operation from inside it (a hook): Payload's REST and
 * GraphQL answers, successes and errors alike, carry `req.responseHeaders`. Appended, so several
 * `Set-Cookie` values stand side by side.
 */
export const addResponseHeaders = (req: PayloadRequest, entries: [string, string][]): void => {
  const headers = new Headers(req.responseHeaders)
  for (const [key, value] of entries) headers.append(key, value)
  req.responseHeaders = headers
}
