import { BODY_LIMITS, withRequestGate } from './requestGate'

/** A handler that answers with what it read, and counts its calls. */
const echo = () => {
  const calls: string[] = []
  const handler = withRequestGate(async (request: Request) => {
    const text = request.body ? await request.text() : ''
    calls.push(text)
    return Response.json({ length: text.length })
  })
  return { calls, handler }
}

const streamOf = (text: string, chunkSize = 64 * 1024) => {
  const bytes = new TextEncoder().encode(text)
  let offset = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close()
      controller.enqueue(bytes.slice(offset, offset + chunkSize))
      offset += chunkSize
    },
  })
}

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/charges', {
    body,
    // A stream body needs half duplex; a string does not mind it.
    duplex: 'half',
    headers,
    method: 'POST',
  } as RequestInit)

describe('withRequestGate', () => {
  it('should refuse a null character in the path or the query with 400, unhandled', async () => {
    const { calls, handler } = echo()
    for (const url of [
      'http://localhost/api/charges/%00',
      'http://localhost/api/charges?q=a%00b',
    ]) {
      const response = await handler(new Request(url))
      expect(response.status).toBe(400)
    }
    expect(calls).toEqual([])
  })

  it('should refuse limit, page or depth given twice with 400', async () => {
    const { calls, handler } = echo()
    for (const query of ['limit=1&limit=2', 'page=1&page=2', 'depth=0&depth=1']) {
      expect((await handler(new Request(`http://localhost/api/charges?${query}`))).status).toBe(400)
    }
    expect((await handler(new Request('http://localhost/api/charges?limit=1&page=2'))).status).toBe(
      200,
    )
    expect(calls).toHaveLength(1)
  })

  it('should refuse a where or data parameter that is not JSON, and pass JSON and brackets', async () => {
    const { calls, handler } = echo()
    expect((await handler(new Request('http://localhost/api/charges?where=notjson'))).status).toBe(
      400,
    )
    expect((await handler(new Request('http://localhost/api/charges?data={x'))).status).toBe(400)
    const json = encodeURIComponent(JSON.stringify({ id: { equals: 1 } }))
    expect((await handler(new Request(`http://localhost/api/charges?where=${json}`))).status).toBe(
      200,
    )
    expect(
      (await handler(new Request('http://localhost/api/charges?where[id][equals]=1'))).status,
    ).toBe(200)
    expect(calls).toHaveLength(2)
  })

  it('should refuse a body of a type the API does not read with 415, and pass its three types', async () => {
    const { calls, handler } = echo()
    expect((await handler(post('{"a":1}', { 'content-type': 'text/plain' }))).status).toBe(415)
    expect((await handler(post('{"a":1}'))).status).toBe(415)
    for (const type of [
      'application/json; charset=utf-8',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
    ]) {
      expect((await handler(post('{"a":1}', { 'content-type': type }))).status).toBe(200)
    }
    expect(calls).toHaveLength(3)
  })

  it('should pass a request without a body whatever its headers say of the type', async () => {
    const { calls, handler } = echo()
    expect((await handler(post(null, { 'content-type': 'text/plain' }))).status).toBe(200)
    expect((await handler(post(null, { 'content-length': '0' }))).status).toBe(200)
    expect(calls).toEqual(['', ''])
  })

  it('should refuse a declared length over the limit of its type with 413, unread', async () => {
    const { calls, handler } = echo()
    const over = String(BODY_LIMITS.text + 1)
    const response = await handler(
      post('{}', { 'content-length': over, 'content-type': 'application/json' }),
    )
    expect(response.status).toBe(413)
    const upload = String(BODY_LIMITS.text * 2)
    expect(
      (
        await handler(
          post('{}', { 'content-length': upload, 'content-type': 'multipart/form-data' }),
        )
      ).status,
    ).toBe(200)
    expect(calls).toEqual(['{}'])
  })

  it('should read a body without a declared length up to its limit, and refuse one past it', async () => {
    const { calls, handler } = echo()
    const within = `"${'x'.repeat(BODY_LIMITS.text - 2)}"`
    const ok = await handler(post(streamOf(within), { 'content-type': 'application/json' }))
    expect(ok.status).toBe(200)
    expect(calls).toEqual([within])
    const past = await handler(post(streamOf(`${within} `), { 'content-type': 'application/json' }))
    expect(past.status).toBe(413)
    expect(calls).toHaveLength(1)
  })
})
