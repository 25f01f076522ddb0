import { NotFound, ValidationError } from 'payload'
import type { CollectionSlug, Payload } from 'payload'

import { api as callApi, fieldErrorPaths, graphql } from '../helpers/http'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'

/**
 * Malformed requests are a 4xx, never a 500, and change nothing, for every collection and every
 * custom endpoint the running config has (read from it, so one added later is covered without
 * anyone listing it): ids no row can have, repeated or negative pagination, conditions that
 * compare ids with text or out-of-range numbers, geometry on non-points, null characters, bodies
 * of the wrong type or size, numbers sent as text; through REST, GraphQL and the Local API.
 */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

/** Every answer of the sweep, for the last test: none may show a stack trace or SQL. */
const answers: { body: unknown; request: string; status: number }[] = []

const api: typeof callApi = async (method, path, options) => {
  const answer = await callApi(method, path, options)
  answers.push({ body: answer.body, request: `${method} /api/${path}`, status: answer.status })
  return answer
}

const INTERNALS = [
  /\bat [\w.<>]+ \(?[^)"]*\.(js|ts|mjs):\d+/, // a stack frame
  // SQL inside one string value: no quote between the keywords.
  /\bselect\b[^"]*\bfrom\b|\binsert into\b|\bdelete from\b|\bupdate "?\w+"? set\b/i,
  /drizzle|sqlstate|violates|relation "|syntax error at/i,
]

const BAD_IDS = ['abc', '1.5', '-1', '0', '12345678901234567890', '2147483648', '%00', '1e3x']

const BAD_LISTS = [
  'limit=1&limit=2',
  'page=-1',
  'page=abc',
  'limit=-5',
  'where[id][in]=abc',
  'where[id][equals]=99999999999',
  'where[or][0][id][equals]=abc',
  'where[id][near]=1,2',
  'where=notjson',
]

/** Payload's own collections (preferences, migrations, locks, jobs) answer by their own rules. */
const isPayloadInternal = (slug: string) => slug.startsWith('payload-')

/**
 * Not a server fault: below 500, or Payload's deliberate 501 for the migrations collection, whose
 * REST API Payload does not implement.
 */
const isNoServerFault = (slug: string, status: number) =>
  status < 500 || (slug === 'payload-migrations' && status === 501)

/**
 * Payload's own bug, not an input's: deleting a preference by key fails in the database adapter
 * for any key (drizzle's deleteOne loses a join alias: "missing FROM-clause entry"). Kept out of
 * the sweep until Payload fixes it.
 */
const isKnownPayloadFault = (method: string, path: string) =>
  method === 'DELETE' && path.startsWith('payload-preferences/')

const collections = () => payload.config.collections.map((collection) => collection.slug)
const productCollections = () => collections().filter((slug) => !isPayloadInternal(slug))

const token = () => world.actors.platform.token

describe('malformed requests, on every collection of the config', () => {
  it('should cover the collections the product has', () => {
    expect(productCollections()).toEqual(
      expect.arrayContaining(['apartments', 'charges', 'payments', 'audit-events', 'bulk-jobs']),
    )
  })

  it('should answer an id no row can have as not found (or forbidden), never 500', async () => {
    const wrong: string[] = []
    for (const slug of collections()) {
      for (const id of BAD_IDS) {
        const { status } = await api('GET', `${slug}/${id}`, { token: token() })
        const expected = isPayloadInternal(slug)
          ? isNoServerFault(slug, status)
          : [400, 403, 404].includes(status)
        if (!expected) wrong.push(`GET /api/${slug}/${id} -> ${status}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it("should not read a row by a path id that only starts with the row's id", async () => {
    const id = world.b.ledger.charge.id
    expect((await api('GET', `charges/${id}`, { token: token() })).status).toBe(200)
    for (const sent of [`${id}abc`, `${id}.0`, `${id}e0`, ` ${id}`]) {
      const { status } = await api('GET', `charges/${encodeURIComponent(sent)}`, { token: token() })
      expect([sent, status]).toEqual([sent, 404])
    }
  })

  it('should refuse bad pagination and conditions with 400, never 500', async () => {
    const wrong: string[] = []
    for (const slug of collections()) {
      for (const query of BAD_LISTS) {
        const { status } = await api('GET', `${slug}?${query}`, { token: token() })
        const expected = isPayloadInternal(slug) ? isNoServerFault(slug, status) : status === 400
        if (!expected) wrong.push(`GET /api/${slug}?${query} -> ${status}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('should refuse a reference compared with text, on every collection that has one', async () => {
    let checked = 0
    for (const collection of payload.config.collections) {
      if (isPayloadInternal(collection.slug)) continue
      const reference = collection.flattenedFields.find(
        (field) =>
          (field.type === 'relationship' || field.type === 'upload') &&
          typeof field.relationTo === 'string',
      )
      if (!reference) continue
      checked += 1
      const response = await api('GET', `${collection.slug}?where[${reference.name}][in]=1,x`, {
        token: token(),
      })
      expect({
        path: fieldErrorPaths(response.body),
        slug: collection.slug,
        status: response.status,
      }).toEqual({
        path: [`where.${reference.name}.in`],
        slug: collection.slug,
        status: 400,
      })
    }
    expect(checked).toBeGreaterThan(10)
  })

  it('should refuse a body that is not JSON or form data with 415, creating nothing', async () => {
    for (const slug of productCollections()) {
      const before = (await payload.count({ collection: slug as CollectionSlug })).totalDocs
      const response = await api('POST', slug, {
        headers: { 'content-type': 'text/plain' },
        rawBody: JSON.stringify({ name: 'x' }),
        token: token(),
      })
      expect({ slug, status: response.status }).toEqual({ slug, status: 415 })
      expect((await payload.count({ collection: slug as CollectionSlug })).totalDocs).toBe(before)
    }
  })
})

describe('malformed requests, on every custom endpoint of the config', () => {
  /** Every custom endpoint with a path parameter, at the address the REST handler serves it. */
  const endpointsWithParams = () =>
    [
      ...(payload.config.endpoints || []).map((endpoint) => ({ ...endpoint, prefix: '' })),
      ...payload.config.collections.flatMap((collection) =>
        (collection.endpoints || []).map((endpoint) => ({ ...endpoint, prefix: collection.slug })),
      ),
    ].filter((endpoint) => endpoint.path.includes('/:'))

  it('should answer bad path ids with anything but a server fault, whoever asks', async () => {
    const endpoints = endpointsWithParams()
    expect(endpoints.length).toBeGreaterThan(10)
    const wrong: string[] = []
    for (const endpoint of endpoints) {
      for (const id of ['abc', '2147483648', '1.5', '-1']) {
        const path = [endpoint.prefix, endpoint.path.replace(/:[A-Za-z]+\??/g, id)]
          .join('/')
          .replace(/^\/+|\/+(?=\/)/g, '')
        const method = endpoint.method.toUpperCase() as 'DELETE' | 'GET' | 'PATCH' | 'POST'
        for (const actor of [world.actors.platform, world.actors.adminA]) {
          const { status } = await api(method, path, {
            body: method === 'GET' || method === 'DELETE' ? undefined : {},
            headers: { 'idempotency-key': `bad-id-${Math.random()}` },
            token: actor.token,
          })
          if (!isNoServerFault(endpoint.prefix, status) && !isKnownPayloadFault(method, path))
            wrong.push(`${method} /api/${path} -> ${status}`)
        }
      }
    }
    expect(wrong).toEqual([])
  }, 90_000)
})

describe('malformed values in bodies', () => {
  it('should refuse a number field sent as text with 400 naming it, saving nothing', async () => {
    const before = (await payload.count({ collection: 'payments' })).totalDocs
    const response = await api('POST', 'payments', {
      body: {
        amount: '1000',
        apartment: world.a.apartments[0].id,
        method: 'cash',
        receivedAt: '2026-01-01T10:00:00.000Z',
      },
      token: world.actors.adminA.token,
    })
    expect(response.status).toBe(400)
    expect(fieldErrorPaths(response.body)).toEqual(['amount'])
    expect((await payload.count({ collection: 'payments' })).totalDocs).toBe(before)
  })

  it('should refuse a bulk scope of ids past 32 bits or past the list limit with 400', async () => {
    const create = (scope: Record<string, unknown>) =>
      api('POST', 'office-ops/bulk/jobs', {
        body: { action: 'common-expense-issue', scope: { ...scope, period: '2027-01' } },
        headers: { 'idempotency-key': `scope-${Math.random()}` },
        token: world.actors.adminA.token,
      })
    const huge = await create({ buildings: [2 ** 31] })
    expect(huge.status).toBe(400)
    expect(fieldErrorPaths(huge.body)).toEqual(['scope.buildings.0'])
    const many = await create({ apartments: Array.from({ length: 100_000 }, (_, i) => i + 1) })
    expect(many.status).toBe(400)
    expect(fieldErrorPaths(many.body)).toEqual(['scope.apartments'])
  })
})

describe('malformed arguments through the Local API and GraphQL', () => {
  const asAdmin = () => ({ overrideAccess: false, user: world.actors.adminA.user })

  it('should throw not found for an id no row can have, or give null when errors are off', async () => {
    for (const id of ['abc', 2_147_483_648, 1.5]) {
      await expect(
        payload.findByID({ collection: 'charges', id, ...asAdmin() }),
      ).rejects.toBeInstanceOf(NotFound)
      expect(
        await payload.findByID({ collection: 'charges', disableErrors: true, id, ...asAdmin() }),
      ).toBeNull()
    }
  })

  it('should throw a validation error naming a bad condition or page', async () => {
    await expect(
      payload.find({ collection: 'charges', where: { apartment: { in: ['abc'] } }, ...asAdmin() }),
    ).rejects.toBeInstanceOf(ValidationError)
    await expect(
      payload.find({ collection: 'charges', page: 0, ...asAdmin() }),
    ).rejects.toBeInstanceOf(ValidationError)
  })

  it('should answer GraphQL conditions on ids with errors, never a server fault', async () => {
    const { body, status } = await graphql(
      `
        {
          Charges(where: { apartment: { in: [2147483648] } }) {
            docs {
              id
            }
          }
        }
      `,
      { token: world.actors.adminA.token },
    )
    expect(status).toBeLessThan(500)
    expect(body.errors?.length).toBeGreaterThan(0)
    expect(JSON.stringify(body)).not.toMatch(/Something went wrong|select /i)
  })

  it('should show no stack trace or SQL in any answer of the sweep, server faults included', () => {
    expect(answers.length).toBeGreaterThan(500)
    const leaking = answers
      .filter(({ body }) => INTERNALS.some((pattern) => pattern.test(JSON.stringify(body))))
      .map(({ request, status }) => `${request} -> ${status}`)
    expect(leaking).toEqual([])
  })
})
