import { errorResponse } from './errors'

/**
 * The most a request body may carry, by kind: text, JSON or url-encoded (every API and webhook
 * call; the largest real one, a bulk job of 20,000 apartments, is ~150 KB), and multipart form
 * data (the admin's saves, which carry uploads: invoices and scans).
 */
export const BODY_LIMITS = { multipart: 20 * 1024 * 1024, text: 1024 * 1024 } as const

/**
 * The media types the API reads: JSON, and the two form encodings the Payload admin sends
 * (multipart for saves with files, url-encoded for long list queries sent as POST).
 */
const READABLE_TYPES = new Map<string, keyof typeof BODY_LIMITS>([
  ['application/json', 'text'],
  ['application/x-www-form-urlencoded', 'text'],
  ['multipart/form-data', 'multipart'],
])

const mediaTypeOf = (headers: Headers) =>
  (headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()

/** Whether the request says it carries a body (a declared length above 0, or a stream). */
const declaresBody = (request: Request) => {
  const length = request.headers.get('content-length')
  if (length !== null) return Number(length) > 0
  return request.body !== null
}

/** Query parameters Payload reads as one number: given twice, they reach SQL as a list. */
const SINGLE_QUERY_PARAMS = ['depth', 'limit', 'page']

/** Query parameters Payload reads as a JSON document when given whole (`?where={...}`). */
const JSON_QUERY_PARAMS = ['data', 'where']

const isJson = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

const tooLarge = (limit: number) =>
  errorResponse(413, `The request body is larger than ${Math.round(limit / 1024)} KB`)

/**
 * The refusal a request earns before any handler reads it, or null: a null character anywhere in
 * its path or query (400: PostgreSQL cannot store one, and no id or name has one); `limit`, `page`
 * or `depth` given twice (400: Payload would pass the list on to SQL); a `where` or
 * `data` parameter given whole that is not JSON (400: Payload would throw parsing it); a body of a
 * type the API does not read (415: `text/plain`, or no type at all); a declared length over the
 * limit of its type (413).
 */
const refusalOf = (request: Request): null | Response => {
  const url = new URL(request.url)
  if (/%00/.test(url.pathname + url.search) || (url.pathname + url.search).includes('\u0000'))
    return errorResponse(400, 'The address contains a null character')
  for (const key of SINGLE_QUERY_PARAMS) {
    if (url.searchParams.getAll(key).length > 1)
      return errorResponse(400, `Send the ${key} parameter once`)
  }
  for (const key of JSON_QUERY_PARAMS) {
    const value = url.searchParams.get(key)
    if (value && !isJson(value))
      return errorResponse(
        400,
        `The ${key} parameter is JSON or written in brackets (${key}[field][equals]=…)`,
      )
  }
  if (!declaresBody(request)) return null
  const kind = READABLE_TYPES.get(mediaTypeOf(request.headers))
  if (!kind)
    return errorResponse(
      415,
      'Send the body as application/json (or, from the admin, as form data) with its Content-Type',
    )
  const length = request.headers.get('content-length')
  if (length !== null && Number(length) > BODY_LIMITS[kind]) return tooLarge(BODY_LIMITS[kind])
  return null
}

/** The body of a request sent without a declared length, read up to `limit` bytes, or null past it. */
const readWithin = async (body: ReadableStream<Uint8Array>, limit: number) => {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

type RouteHandler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

/**
 * Wraps a route handler with the request gate (`refusalOf`). A body sent without a declared
 * length (chunked) is read here up to its limit and handed on buffered, so no handler ever reads
 * more than the limit; one with a declared length is bounded by it already (the server reads
 * exactly that many bytes).
 */
export const withRequestGate =
  <Args extends unknown[]>(handler: RouteHandler<Args>): RouteHandler<Args> =>
  async (request, ...args) => {
    const refusal = refusalOf(request)
    if (refusal) return refusal
    if (request.headers.get('content-length') !== null || request.body === null)
      return handler(request, ...args)
    const limit = BODY_LIMITS[READABLE_TYPES.get(mediaTypeOf(request.headers)) ?? 'text']
    const body = await readWithin(request.body, limit)
    if (body === null) return tooLarge(limit)
    const buffered = new Request(request.url, {
      body,
      headers: request.headers,
      method: request.method,
      signal: request.signal,
    })
    return handler(buffered, ...args)
  }
