import configPromise from '@payload-config'
import type { CollectionSlug, Payload, SanitizedCollectionConfig } from 'payload'

import { api, graphql } from '../../helpers/http'
import { copiesOfRow, newestIdOf } from '../../helpers/isolation/copiesOfRow'
import { databaseRow } from '../../helpers/isolation/databaseRow'
import { graphQLInput, graphQLNamesOf } from '../../helpers/isolation/graphqlOperations'
import {
  localUserOf,
  matrixSlugsOf,
  officeStaffRoles,
  staffOfOfficeA,
} from '../../helpers/isolation/matrix'
import type { NamedActor } from '../../helpers/isolation/matrix'
import { ownedByOfficeB } from '../../helpers/isolation/ownedByOffice'
import { probePatchOf } from '../../helpers/isolation/probePatch'
import { missingRowMessage, rowsOfOfficeB } from '../../helpers/isolation/rowsOfOffice'
import { startPayload } from '../../helpers/testPayload'
import { buildWorld } from '../../helpers/world'
import type { World } from '../../helpers/world'

/**
 * The tenant boundary of every office-owned collection of the running config (the tenant-scoped
 * slugs, offices and users), for every office staff role, on REST, GraphQL and the Local API: a
 * user of office A reads, lists, counts, changes, duplicates and deletes nothing of office B's, and
 * the row in the database is what it was. Generated from the config, so a collection added later
 * is probed without anyone listing it; one the fixtures have no row for fails, naming it.
 */
const config = await configPromise

let payload: Payload
let world: World
let rows: Map<string, number>
let staff: NamedActor[]

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  rows = await rowsOfOfficeB(payload, world, matrixSlugsOf(config))
  staff = staffOfOfficeA(world)
})

const collectionOf = (slug: string): SanitizedCollectionConfig => {
  const collection = config.collections.find((candidate) => candidate.slug === slug)
  if (!collection) throw new Error(`${slug} is registered as tenant-scoped but is no collection`)
  return collection
}

const rowOf = (slug: string): number => {
  const id = rows.get(slug)
  if (id === undefined) throw new Error(missingRowMessage(slug))
  return id
}

const actorOf = (role: string) => staff.find((entry) => entry.role === role)!

/** What a probe of one (collection, role, channel) found wrong; each line names the request. */
type Findings = string[]

type Before = { newestId: number; row: Record<string, unknown> | null }

/** The row must be in the database as it was, and office B must hold no copy of it. */
const expectUntouched = async (
  slug: string,
  id: number,
  before: Before,
  wrong: Findings,
  what: string,
) => {
  const row = await databaseRow(payload, slug, id)
  if (row === null) wrong.push(`${what}: the row is gone`)
  else if (JSON.stringify(row) !== JSON.stringify(before.row))
    wrong.push(`${what}: the row changed`)
  const copies = await copiesOfRow(payload, collectionOf(slug), before.row ?? {}, {
    sinceId: before.newestId,
    where: ownedByOfficeB(slug, world),
  })
  if (copies.length > 0) wrong.push(`${what}: office B has copies ${copies.join(', ')}`)
}

const stateOf = async (slug: string, id: number): Promise<Before> => ({
  newestId: await newestIdOf(payload, slug, ownedByOfficeB(slug, world)),
  row: await databaseRow(payload, slug, id),
})

const refusedStatus = (status: number) => status === 403 || status === 404

const idsIn = (docs: unknown): number[] =>
  Array.isArray(docs) ? docs.map((doc: { id?: number }) => doc?.id as number) : []

describe.each(matrixSlugsOf(config))('the boundary of %s', (slug) => {
  const collection = collectionOf(slug)
  const patch = probePatchOf(collection)
  const routes = new Set((collection.endpoints || []).map((e) => `${e.method} ${e.path}`))
  // `graphQL: false`: no operations to probe; the coverage suite records why and checks there are none.
  const names = graphQLNamesOf(collection)
  const itWithGraphQL = names ? it : () => undefined

  describe.each(officeStaffRoles())('for the %s of office A', (role) => {
    it('REST: reads, lists, counts, changes, duplicates and deletes nothing of office B', async () => {
      const id = rowOf(slug)
      const { token } = actorOf(role).actor
      const wrong: Findings = []
      const before = await stateOf(slug, id)
      const byId = `where[id][equals]=${id}`

      const one = await api('GET', `${slug}/${id}?depth=0`, { token })
      if (!refusedStatus(one.status) || one.body?.id === id) {
        wrong.push(`GET /api/${slug}/${id} -> ${one.status}`)
      }
      for (const path of [`${slug}?${byId}&depth=0`, `${slug}/count?${byId}`]) {
        const list = await api('GET', path, { token })
        if (list.status !== 403 && !(list.status === 200 && list.body.totalDocs === 0)) {
          wrong.push(`GET /api/${path} -> ${list.status}, totalDocs ${list.body?.totalDocs}`)
        }
      }
      const writes: [method: 'DELETE' | 'PATCH' | 'POST', path: string, body?: unknown][] = [
        ['PATCH', `${slug}/${id}`, patch],
        ['PATCH', `${slug}?${byId}`, patch],
        ['DELETE', `${slug}?${byId}`],
        ['DELETE', `${slug}/${id}`],
      ]
      if (routes.has('post /:id/duplicate')) writes.push(['POST', `${slug}/${id}/duplicate`, {}])
      for (const [method, path, body] of writes) {
        const response = await api(method, path, { body, token })
        const byCondition = path.includes('?')
        // A condition nothing visible matches is a 200 with no documents, or a 403 without access.
        const refused = byCondition
          ? response.status === 403 ||
            (response.status < 300 && !idsIn(response.body?.docs).includes(id))
          : refusedStatus(response.status)
        if (!refused) wrong.push(`${method} /api/${path} -> ${response.status}`)
        await expectUntouched(slug, id, before, wrong, `${method} /api/${path}`)
      }
      expect(wrong).toEqual([])
    })

    itWithGraphQL('GraphQL: the same, through the generated schema', async () => {
      if (!names) throw new Error('unreachable: no GraphQL case is made without names')
      const id = rowOf(slug)
      const { token } = actorOf(role).actor
      const wrong: Findings = []
      const before = await stateOf(slug, id)
      const where = `where: { id: { equals: ${id} } }`
      const read = await graphql(
        `{ one: ${names.one}(id: ${id}) { id } list: ${names.list}(${where}) { totalDocs docs { id } } count: ${names.count}(${where}) { totalDocs } }`,
        { token },
      )
      const data = (read.body.data ?? {}) as Record<string, any>
      const erred = (alias: string) =>
        (read.body.errors ?? []).some((error: any) => error.path?.[0] === alias)
      if (data.one || !erred('one'))
        wrong.push(`${names.one}(id: ${id}): ${JSON.stringify(data.one)}`)
      for (const alias of ['list', 'count']) {
        const answer = data[alias]
        if (answer ? answer.totalDocs !== 0 : !erred(alias)) {
          wrong.push(`${alias} ${JSON.stringify(answer)}`)
        }
      }

      const mutations = [
        `update: ${names.update}(id: ${id}, data: ${graphQLInput(patch)}) { id }`,
        `delete: ${names.delete}(id: ${id}) { id }`,
      ]
      const write = await graphql(`mutation { ${mutations.join(' ')} }`, { token })
      const written = (write.body.data ?? {}) as Record<string, unknown>
      for (const mutation of mutations) {
        const alias = mutation.split(':')[0]
        const refused =
          !written[alias] &&
          (write.body.errors ?? []).some((error: any) => error.path?.[0] === alias)
        if (!refused) wrong.push(`${mutation.split('(')[0]}: ${JSON.stringify(write.body)}`)
      }
      await expectUntouched(slug, id, before, wrong, 'the mutations')
      expect(wrong).toEqual([])
    })

    it('Local API with overrideAccess: false: the same', async () => {
      const id = rowOf(slug)
      const wrong: Findings = []
      const before = await stateOf(slug, id)
      const local = {
        collection: slug as CollectionSlug,
        depth: 0,
        overrideAccess: false,
        user: localUserOf(actorOf(role).actor),
      }
      const outcome = (run: () => Promise<unknown>) =>
        run().then(
          (result) => ({ result }),
          (error: { status?: number }) => ({ status: error.status ?? 500 }),
        )

      const one = await outcome(() => payload.findByID({ ...local, id }))
      if (!('status' in one) || !refusedStatus(one.status))
        wrong.push(`findByID: ${JSON.stringify(one)}`)
      const list = await outcome(() => payload.find({ ...local, where: { id: { equals: id } } }))
      if ('status' in list ? list.status !== 403 : (list.result as any).totalDocs !== 0) {
        wrong.push(`find: ${JSON.stringify(list)}`)
      }
      const update = await outcome(() => payload.update({ ...local, data: patch, id }))
      if (!('status' in update) || !refusedStatus(update.status))
        wrong.push(`update: ${JSON.stringify(update)}`)
      await expectUntouched(slug, id, before, wrong, 'update')
      const remove = await outcome(() => payload.delete({ ...local, id }))
      if (!('status' in remove) || !refusedStatus(remove.status))
        wrong.push(`delete: ${JSON.stringify(remove)}`)
      await expectUntouched(slug, id, before, wrong, 'delete')
      expect(wrong).toEqual([])
    })
  })
})
