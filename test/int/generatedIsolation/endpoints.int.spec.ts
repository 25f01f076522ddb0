import configPromise from '@payload-config'
import type { Payload } from 'payload'

import { api } from '../../helpers/http'
import { addressOf } from '../../helpers/isolation/configEndpoints'
import type { ConfigEndpoint } from '../../helpers/isolation/configEndpoints'
import { endpointsProbedBy } from '../../helpers/isolation/endpointCoverage'
import { databaseCount, databaseRow } from '../../helpers/isolation/databaseRow'
import {
  CREATE_PROBES,
  ID_PROBE_BODIES,
  idTargetOf,
  LIST_PROBES,
} from '../../helpers/isolation/endpointTargets'
import { matrixSlugsOf, staffOfOfficeA } from '../../helpers/isolation/matrix'
import { ownedByOfficeB } from '../../helpers/isolation/ownedByOffice'
import { missingRowMessage, rowsOfOfficeB } from '../../helpers/isolation/rowsOfOffice'
import { routeOf } from '../../helpers/isolation/routeTables'
import { startPayload } from '../../helpers/testPayload'
import { buildWorld } from '../../helpers/world'
import type { Actor, World } from '../../helpers/world'

/**
 * The tenant boundary of every custom endpoint of the running config: an id of office B's row in
 * the path is not found (or forbidden) for office A and changes nothing; office A's list answers
 * hold none of office B's ids; creates naming office B's rows are refused and write nothing; an
 * upload's file is not served across offices. Which endpoints each probe takes comes from the
 * coverage rules (test/helpers/isolation/endpointCoverage.ts), so one added later is probed or
 * fails the coverage suite.
 */
const config = await configPromise

let payload: Payload
let world: World
let rows: Map<string, number>

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  rows = await rowsOfOfficeB(payload, world, matrixSlugsOf(config))
})

const rowOf = (slug: string): number => {
  const id = rows.get(slug)
  if (id === undefined) throw new Error(missingRowMessage(slug))
  return id
}

let keys = 0
const call = (endpoint: ConfigEndpoint, actor: Actor, address: string, body?: unknown) =>
  api(endpoint.method, address, {
    body: endpoint.method === 'GET' || endpoint.method === 'DELETE' ? undefined : (body ?? {}),
    // Routes that need one would refuse without it before looking at the id.
    headers: { 'idempotency-key': `generated-isolation-${Date.now()}-${(keys += 1)}` },
    token: actor.token,
  })

/** A probe body must parse with the route's schema, or the 4xx proves nothing about the id. */
const expectBodyParses = (key: string, body: unknown) => {
  const schema = routeOf(key)?.body
  if (!schema) return
  const parsed = schema.safeParse(body)
  expect({ key, parses: parsed.success, issues: parsed.error?.issues }).toEqual({
    issues: undefined,
    key,
    parses: true,
  })
}

/** The status when it is one of `allowed`, else the list itself: a mismatch prints what was allowed. */
const oneOf = (status: number, allowed: number[]): number | number[] =>
  allowed.includes(status) ? status : allowed

const withQuery = (address: string, query: Record<string, number>) =>
  `${address}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`

describe.each(endpointsProbedBy(config, 'id probe').map((e) => [e.key, e] as const))(
  '%s with an id of office B',
  (key, endpoint) => {
    const target = idTargetOf(endpoint.path)!

    it(`should be not found for office A's admin, leaving the ${target} row as it was`, async () => {
      const id = rowOf(target)
      const body =
        endpoint.method === 'GET' || endpoint.method === 'DELETE' ? undefined : ID_PROBE_BODIES[key]
      if (routeOf(key)?.body) {
        expect({ key, probeBody: body !== undefined }).toEqual({ key, probeBody: true })
        expectBodyParses(key, body)
      }
      const before = await databaseRow(payload, target, id)
      const count = await databaseCount(payload, target, ownedByOfficeB(target, world))
      const response = await call(endpoint, world.actors.adminA, addressOf(endpoint, { id }), body)
      expect({ key, status: response.status }).toEqual({
        key,
        status: oneOf(response.status, [403, 404]),
      })
      expect(await databaseRow(payload, target, id)).toEqual(before)
      expect(await databaseCount(payload, target, ownedByOfficeB(target, world))).toBe(count)
      if (target === 'users') {
        // A user's sessions live outside the row: office B's admin must still be signed in.
        const me = await api('GET', 'users/me', { token: world.actors.adminB.token })
        expect({ key, me: me.body?.user?.id }).toEqual({ key, me: id })
      }
    })

    // The control: the same read as office B's admin finds the row, so the 404 above is the boundary.
    if (endpoint.method === 'GET') {
      it("should find the row for office B's admin", async () => {
        const id = rowOf(target)
        const response = await call(endpoint, world.actors.adminB, addressOf(endpoint, { id }))
        expect({ key, status: response.status, id: response.body?.id }).toEqual({
          id,
          key,
          status: 200,
        })
      })
    }
  },
)

describe('the feature APIs probed with ids', () => {
  // A feature that is off answers 404 to everything: the id probes above mean something only if
  // office A's admin is admitted, which each resource's own list shows.
  it("should admit office A's admin, each listing its resource", async () => {
    const lists = new Set(
      endpointsProbedBy(config, 'id probe').map((e) => `GET ${e.path.replace(/\/:id.*$/, '')}`),
    )
    expect(lists.size).toBeGreaterThan(0)
    for (const list of lists) {
      const response = await api('GET', list.slice('GET /'.length), {
        token: world.actors.adminA.token,
      })
      expect({ list, status: response.status }).toEqual({ list, status: 200 })
    }
  })
})

describe.each(endpointsProbedBy(config, 'list probe').map((e) => [e.key, e] as const))(
  '%s as office A',
  (key, endpoint) => {
    const probe = LIST_PROBES[key]
    const address = addressOf(endpoint, {})

    if (probe.ids) {
      const { collection, of } = probe.ids
      it(`should hold none of office B's ${collection} ids, for every office staff role`, async () => {
        const ofB = new Set(
          (
            await payload.db.find<{ id: number }>({
              collection: collection as never,
              limit: 0,
              pagination: false,
              where: ownedByOfficeB(collection, world),
            })
          ).docs.map((doc) => doc.id),
        )
        const control = await call(endpoint, world.actors.adminB, address)
        // The control: office B's admin sees its rows here, so their absence below means something.
        expect({ key, found: of(control.body).some((id) => ofB.has(id)) }).toEqual({
          found: true,
          key,
        })
        for (const { actor, role } of staffOfOfficeA(world)) {
          const response = await call(endpoint, actor, address)
          const leaked =
            response.status === 200 ? of(response.body).filter((id) => ofB.has(id)) : []
          expect({ key, leaked, role, status: response.status }).toEqual({
            key,
            leaked: [],
            role,
            status: oneOf(response.status, [200, 403, 404]),
          })
        }
      })
    }

    for (const [index, foreign] of (probe.foreignQueries ?? []).entries()) {
      it(`should not answer office B's rows when asked for them (filter ${index + 1})`, async () => {
        const query = foreign.query(world, rows)
        const control = await call(endpoint, world.actors.adminB, withQuery(address, query))
        expect({ key, query, status: control.status }).toEqual({ key, query, status: 200 })
        const response = await call(endpoint, world.actors.adminA, withQuery(address, query))
        if (foreign.expect === 'refused') {
          expect({ key, query, status: response.status }).toEqual({
            key,
            query,
            status: oneOf(response.status, [403, 404]),
          })
        } else {
          const ids = probe.ids!.of(response.body)
          expect({ ids, key, query, status: response.status }).toEqual({
            ids: [],
            key,
            query,
            status: 200,
          })
        }
      })
    }
  },
)

describe.each(endpointsProbedBy(config, 'create probe').map((e) => [e.key, e] as const))(
  '%s naming office B',
  (key, endpoint) => {
    const probe = CREATE_PROBES[key]

    it(`should be refused and create no ${probe.creates} row in either office`, async () => {
      const inEitherOffice = { tenant: { in: [world.a.office.id, world.b.office.id] } }
      for (const body of probe.bodies(world, rows)) {
        expectBodyParses(key, body)
        const before = await databaseCount(payload, probe.creates, inEitherOffice)
        const response = await call(endpoint, world.actors.adminA, addressOf(endpoint, {}), body)
        expect({ body, key, status: response.status }).toEqual({
          body,
          key,
          status: oneOf(response.status, [400, 403, 404]),
        })
        expect(await databaseCount(payload, probe.creates, inEitherOffice)).toBe(before)
      }
    })
  },
)

describe.each(endpointsProbedBy(config, 'file probe').map((e) => [e.key, e] as const))(
  '%s of office B',
  (key, endpoint) => {
    const slug = endpoint.collection!.slug

    it("should refuse office A's staff before looking for the file", async () => {
      const row = await databaseRow(payload, slug, rowOf(slug))
      const filename = (row as { filename?: string } | null)?.filename
      expect({ key, filename: typeof filename }).toEqual({ filename: 'string', key })
      const address = addressOf(endpoint, { filename: filename! })
      // The control: office B's admin passes the access check and finds no file on disk (404);
      // office A's staff stop at the check (403), whether the file exists or not.
      const control = await call(endpoint, world.actors.adminB, address)
      expect({ key, status: control.status }).toEqual({ key, status: 404 })
      for (const { actor, role } of staffOfOfficeA(world)) {
        const response = await call(endpoint, actor, address)
        expect({ key, role, status: response.status }).toEqual({ key, role, status: 403 })
      }
    })
  },
)
