import { DELETE, GET, PATCH, POST } from '../../src/app/(payload)/api/[...slug]/route'
import { POST as graphqlHandler } from '../../src/app/(payload)/api/graphql/route'

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

// The app's own route exports, observability wrapper included: tests see what `next start` serves.
const rest = { DELETE, GET, PATCH, POST }

export type HttpResult<T = any> = { body: T; headers: Headers; status: number }

const authHeaders = (token?: string, extra?: Record<string, string>): Record<string, string> => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `JWT ${token}` } : {}),
  ...extra,
})

const readBody = async (response: Response) => {
  const text = await response.text()
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * Calls the real Next route handlers in-process (the same code `next start` serves), so REST is
 * tested through routing, auth, access and serialisation without a server.
 */
export const api = async <T = any>(
  method: Method,
  path: string,
  {
    body,
    headers,
    rawBody,
    token,
  }: { body?: unknown; headers?: Record<string, string>; rawBody?: string; token?: string } = {},
): Promise<HttpResult<T>> => {
  const url = new URL(`http://localhost/api/${path.replace(/^\//, '')}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
  const request = new Request(url, {
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    headers: authHeaders(token, headers),
    method,
  })
  const response = await rest[method](request, { params: Promise.resolve({ slug }) })
  return { body: await readBody(response), headers: response.headers, status: response.status }
}

/** The field paths of a 400 in Payload's validation shape (`errors[0].data.errors[].path`), sorted. */
export const fieldErrorPaths = (body: HttpResult['body']): string[] =>
  (body?.errors?.[0]?.data?.errors ?? []).map((error: { path: string }) => error.path).sort()

export const graphql = async <T = any>(
  query: string,
  { token, variables }: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<HttpResult<{ data?: T; errors?: { message: string }[] }>> => {
  const request = new Request('http://localhost/api/graphql', {
    body: JSON.stringify({ query, variables }),
    headers: authHeaders(token),
    method: 'POST',
  })
  const response = await graphqlHandler(request)
  return { body: await readBody(response), headers: response.headers, status: response.status }
}
