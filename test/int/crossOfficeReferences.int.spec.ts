import type {
  CollectionSlug,
  Field,
  Payload,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'
import { createLocalReq, ValidationError } from 'payload'

import { idOf, idsOf } from '../../src/access/scopeOf'
import { isReferenceGuard } from '../../src/lib/tenancy/keepReferencesInOffice'
import { tenantScopedSlugsOf } from '../../src/lib/tenancy/registerTenantScoped'
import { api, fieldErrorPaths, graphql } from '../helpers/http'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'

/**
 * A row of one office never points at another office's row: a user's buildings and apartment, and
 * every relationship of every collection whose rows belong to an office, found from the running
 * config so that a field added later is covered without anyone listing it here.
 */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

const userRow = async (id: number) =>
  payload.findByID({ collection: 'users', depth: 0, id, overrideAccess: true })

describe("a user's buildings and apartment", () => {
  it("should refuse another office's building or apartment on REST, GraphQL and the Local API", async () => {
    const manager = world.actors.managerA.user
    const resident = world.actors.residentA.user
    const token = world.actors.adminA.token
    const foreignBuilding = world.b.buildings[0].id
    const foreignApartment = world.b.apartments[0].id

    const rest = await api('PATCH', `users/${manager.id}`, {
      body: { assignedBuildings: [world.a.buildings[0].id, foreignBuilding] },
      token,
    })
    expect([rest.status, fieldErrorPaths(rest.body)]).toEqual([400, ['assignedBuildings']])
    const apartment = await api('PATCH', `users/${resident.id}`, {
      body: { apartment: foreignApartment },
      token,
    })
    expect([apartment.status, fieldErrorPaths(apartment.body)]).toEqual([400, ['apartment']])

    const gql = await graphql(
      `mutation { updateUser(id: ${manager.id}, data: { assignedBuildings: [${foreignBuilding}] }) { id } }`,
      { token },
    )
    expect(gql.body.errors?.[0]?.message).toMatch(/invalid: assignedBuildings/)

    await expect(
      payload.update({
        collection: 'users',
        data: { apartment: foreignApartment },
        id: resident.id,
        overrideAccess: false,
        user: { ...world.actors.adminA.user, collection: 'users' },
      }),
    ).rejects.toBeInstanceOf(ValidationError)

    expect(idsOf((await userRow(manager.id)).assignedBuildings)).toEqual(
      idsOf(manager.assignedBuildings),
    )
    expect(idOf((await userRow(resident.id)).apartment)).toBe(idOf(resident.apartment))
  })

  it("should take the user's own office's rows, and refuse moving a user away from theirs", async () => {
    const manager = world.actors.managerA.user
    const own = world.a.buildings.map((building) => building.id)
    const ok = await api('PATCH', `users/${manager.id}`, {
      body: { assignedBuildings: own },
      token: world.actors.adminA.token,
    })
    expect(ok.status).toBe(200)
    expect(idsOf(ok.body.doc.assignedBuildings)).toEqual(own)

    // Whoever writes: a platform admin moving the manager to office B keeps A's buildings on them.
    const moved = await api('PATCH', `users/${manager.id}`, {
      body: { tenants: [{ tenant: world.b.office.id }] },
      token: world.actors.platform.token,
    })
    expect([moved.status, fieldErrorPaths(moved.body)]).toEqual([400, ['assignedBuildings']])

    const restored = await api('PATCH', `users/${manager.id}`, {
      body: { assignedBuildings: idsOf(manager.assignedBuildings) },
      token: world.actors.adminA.token,
    })
    expect(restored.status).toBe(200)
  })
})

/** A value for every relationship into `targets`, in the nesting Payload expects (one array row). */
const probeOf = (
  fields: readonly Field[],
  idFor: (slug: string) => number | undefined,
): { data: Record<string, unknown>; paths: string[] } => {
  const data: Record<string, unknown> = {}
  const paths: string[] = []
  const nest = (
    inner: readonly Field[],
    name: string,
    suffix: string,
    wrap: (v: object) => unknown,
  ) => {
    const probe = probeOf(inner, idFor)
    if (probe.paths.length === 0) return
    data[name] = wrap(probe.data)
    paths.push(...probe.paths.map((path) => `${name}${suffix}${path}`))
  }
  const merge = (inner: readonly Field[]) => {
    const probe = probeOf(inner, idFor)
    Object.assign(data, probe.data)
    paths.push(...probe.paths)
  }
  for (const field of fields) {
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string'
    ) {
      const id = idFor(field.relationTo)
      if (id === undefined) continue
      data[field.name] = 'hasMany' in field && field.hasMany ? [id] : id
      paths.push(field.name)
    } else if (field.type === 'group' && 'name' in field && field.name) {
      nest(field.fields, field.name, '.', (value) => value)
    } else if (field.type === 'array') {
      nest(field.fields, field.name, '.0.', (value) => [value])
    } else if (field.type === 'row' || field.type === 'collapsible' || field.type === 'group') {
      merge(field.fields)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) nest(tab.fields, tab.name, '.', (value) => value)
        else merge(tab.fields)
      }
    }
  }
  return { data, paths }
}

describe('every relationship of every office-owned collection', () => {
  const scoped = () => new Set(tenantScopedSlugsOf(payload.config))
  const owned = (): SanitizedCollectionConfig[] =>
    payload.config.collections.filter(
      (collection) => scoped().has(collection.slug) || collection.slug === 'users',
    )

  /**
   * The rows the world does not make (files, jobs, deliveries), written straight through the
   * adapter: the guard reads only their office. A new tenant-scoped collection that something
   * points at needs its line here, or the last assertion below names it.
   */
  const rowsTheWorldLacks = async (): Promise<void> => {
    const tenant = world.b.office.id
    const create = (collection: CollectionSlug, data: Record<string, unknown>) =>
      payload.db.create({ collection, data: { tenant, ...data } })
    const job = await create('bulk-jobs', { action: 'export', status: 'draft' })
    await create('bulk-job-items', { job: job.id, status: 'pending' })
    await create('bulk-exports', { filename: `probe-${job.id}.csv` })
    await create('documents', { filename: `probe-${job.id}.pdf` })
    await create('deliveries', {
      attempts: 0,
      channel: 'email',
      idempotencyKey: `probe-${job.id}`,
      recipient: 'probe@example.gr',
      status: 'queued',
    })
  }

  /** Any row of office B in each tenant-scoped collection that has one. */
  const rowsOfB = async (): Promise<Map<string, number>> => {
    await rowsTheWorldLacks()
    const rows = new Map<string, number>()
    for (const slug of scoped()) {
      const { docs } = await payload.find({
        collection: slug as CollectionSlug,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        pagination: false,
        select: {},
        where: { tenant: { equals: world.b.office.id } },
      })
      if (docs[0]) rows.set(slug, docs[0].id as number)
    }
    return rows
  }

  it('should carry the guard on each of them', () => {
    const unguarded = owned()
      .filter((collection) => !(collection.hooks.beforeChange ?? []).some(isReferenceGuard))
      .map((collection) => collection.slug)
    expect(unguarded).toEqual([])
  })

  it("should refuse a row of office A pointing at office B's row, field by field", async () => {
    const rows = await rowsOfB()
    // Which targets have no row of B in the world, so their references cannot be probed here.
    const referenced = new Set<string>()
    const refusedPaths: Record<string, string[]> = {}
    const expectedPaths: Record<string, string[]> = {}
    const req = (await createLocalReq({}, payload)) as PayloadRequest

    for (const collection of owned()) {
      const probe = probeOf(collection.fields, (slug) => {
        if (!scoped().has(slug)) return undefined
        referenced.add(slug)
        return rows.get(slug)
      })
      if (probe.paths.length === 0) continue
      const membership =
        collection.slug === 'users'
          ? { tenants: [{ tenant: world.a.office.id }] }
          : { tenant: world.a.office.id }
      const guard = collection.hooks.beforeChange.find(isReferenceGuard)!
      expectedPaths[collection.slug] = [...new Set(probe.paths)].sort()
      try {
        await guard({
          collection,
          context: {},
          data: { ...probe.data, ...membership },
          operation: 'create',
          req,
        })
        refusedPaths[collection.slug] = []
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError)
        refusedPaths[collection.slug] = (error as ValidationError).data.errors
          .map((e) => e.path)
          .sort()
      }
    }
    expect(refusedPaths).toEqual(expectedPaths)
    expect(Object.keys(expectedPaths)).toEqual(expect.arrayContaining(['users', 'charges']))
    // A target without a row of office B would be a relationship this test never probes.
    expect([...referenced].filter((slug) => !rows.has(slug))).toEqual([])
  })
})
