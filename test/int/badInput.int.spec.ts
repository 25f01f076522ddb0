import type { CollectionSlug, Payload } from 'payload'

import { api, fieldErrorPaths } from '../helpers/http'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'

/** Bad input gets a 400 naming each bad field, and writes nothing. */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

const expectRefused = async (
  slug: CollectionSlug,
  body: Record<string, unknown>,
  paths: string[],
  token?: string,
) => {
  const before = (await payload.count({ collection: slug })).totalDocs
  const response = await api('POST', slug, { body, token: token ?? world.actors.platform.token })
  expect(response.status).toBe(400)
  expect(fieldErrorPaths(response.body)).toEqual(expect.arrayContaining(paths))
  expect((await payload.count({ collection: slug })).totalDocs).toBe(before)
}

describe('bad input', () => {
  it('should name missing apartment fields', async () => {
    await expectRefused('apartments', {}, ['building', 'label'])
  })

  it('should refuse negative and fractional shares', async () => {
    await expectRefused(
      'apartments',
      {
        building: world.a.buildings[0].id,
        label: 'N1',
        shares: { elevator: 1.5, general: -10, heating: 1001 },
      },
      ['shares.elevator', 'shares.general', 'shares.heating'],
    )
  })

  it('should refuse a building id that does not exist', async () => {
    await expectRefused('apartments', { building: 999_999, label: 'N2' }, ['building'])
  })

  it("should refuse another office's building to an office admin as not found", async () => {
    await expectRefused(
      'apartments',
      { building: world.b.buildings[0].id, label: 'N3' },
      ['building'],
      world.actors.adminA.token,
    )
  })

  it('should refuse a duplicate apartment label in one building', async () => {
    const existing = world.a.apartments[0]
    const before = (await payload.count({ collection: 'apartments' })).totalDocs
    const response = await api('POST', 'apartments', {
      body: { building: existing.building, label: existing.label },
      token: world.actors.platform.token,
    })
    expect(response.status).toBe(400)
    expect((await payload.count({ collection: 'apartments' })).totalDocs).toBe(before)
  })

  it('should name bad office fields', async () => {
    await expectRefused(
      'offices',
      { currency: 'euro', locale: 'fr', name: '', slug: 'Not A Slug', timezone: 'Mars/Olympus' },
      ['currency', 'locale', 'name', 'slug', 'timezone'],
    )
  })

  it('should name bad building and contact fields', async () => {
    await expectRefused(
      'buildings',
      { city: 'Athens', name: 'B', postalCode: '!', tenant: world.a.office.id },
      ['address', 'postalCode'],
    )
    await expectRefused(
      'apartments',
      {
        building: world.a.buildings[0].id,
        label: 'N4',
        owner: { email: 'not-an-email', phone: 'call me' },
      },
      ['owner.email', 'owner.phone'],
    )
  })

  it('should refuse an unknown role', async () => {
    await expectRefused(
      'users',
      { email: `x-${Date.now()}@test.local`, password: 'password-123', role: 'owner' },
      ['role'],
    )
  })
})
