import type { Payload } from 'payload'

import { idOf } from '../../src/access/scopeOf'
import { api } from '../helpers/http'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'

/** Inside one office: managers see only their buildings, residents only their apartment, and so on. */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

const ids = (body: { docs: { id: number }[] }) =>
  body.docs.map((doc) => doc.id).sort((x, y) => x - y)

describe('manager scope', () => {
  const token = () => world.actors.managerA.token

  it('should list only the assigned building', async () => {
    const response = await api('GET', 'buildings?depth=0', { token: token() })
    expect(ids(response.body)).toEqual([world.a.buildings[0].id])
  })

  it('should list only apartments of the assigned building', async () => {
    const response = await api('GET', 'apartments?depth=0&limit=100', { token: token() })
    const expected = world.a.apartments
      .filter((a) => idOf(a.building) === world.a.buildings[0].id)
      .map((a) => a.id)
    expect(ids(response.body)).toEqual(expected.sort((x, y) => x - y))
  })

  it('should not open an unassigned building of the same office', async () => {
    const response = await api('GET', `buildings/${world.a.buildings[1].id}`, { token: token() })
    expect(response.status).toBe(404)
  })

  it('should update an apartment of the assigned building', async () => {
    const apartment = world.a.apartments[0]
    const response = await api('PATCH', `apartments/${apartment.id}`, {
      body: { floor: 3 },
      token: token(),
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.floor).toBe(3)
  })

  it('should not create an apartment in an unassigned building', async () => {
    const response = await api('POST', 'apartments', {
      body: { building: world.a.buildings[1].id, label: 'NEW' },
      token: token(),
    })
    expect(response.status).toBe(403)
  })

  it('should not move an apartment into an unassigned building', async () => {
    const apartment = world.a.apartments[0]
    const response = await api('PATCH', `apartments/${apartment.id}`, {
      body: { building: world.a.buildings[1].id },
      token: token(),
    })
    expect(response.status).toBe(400)
    const after = await payload.findByID({ collection: 'apartments', depth: 0, id: apartment.id })
    expect(after.building).toBe(world.a.buildings[0].id)
  })

  it('should not create buildings', async () => {
    const response = await api('POST', 'buildings', {
      body: {
        address: 'x 1',
        city: 'Athens',
        name: 'New',
        postalCode: '10558',
        tenant: world.a.office.id,
      },
      token: token(),
    })
    expect(response.status).toBe(403)
  })
})

describe('resident scope', () => {
  const token = () => world.actors.residentA.token

  it('should list only their own apartment', async () => {
    const response = await api('GET', 'apartments?depth=0', { token: token() })
    expect(ids(response.body)).toEqual([world.a.apartments[0].id])
  })

  it("should not open a neighbour's apartment", async () => {
    const response = await api('GET', `apartments/${world.a.apartments[1].id}`, { token: token() })
    expect(response.status).toBe(404)
  })

  it('should not change their own apartment (read-only)', async () => {
    const response = await api('PATCH', `apartments/${world.a.apartments[0].id}`, {
      body: { label: 'ZZ' },
      token: token(),
    })
    expect(response.status).toBe(403)
  })

  it('should not read buildings', async () => {
    const response = await api('GET', 'buildings', { token: token() })
    expect(response.status).toBe(403)
  })

  it('should not raise their own role', async () => {
    const me = world.actors.residentA.user
    const response = await api('PATCH', `users/${me.id}`, {
      body: { name: 'Me', role: 'platform-admin' },
      token: token(),
    })
    expect(response.status).toBe(200)
    const after = await payload.findByID({ collection: 'users', depth: 0, id: me.id })
    expect(after.role).toBe('resident')
    expect(after.name).toBe('Me')
  })
})

describe('accountant scope', () => {
  const token = () => world.actors.accountantA.token

  it('should read every apartment of the office', async () => {
    const response = await api('GET', 'apartments?depth=0&limit=100', { token: token() })
    expect(ids(response.body)).toEqual(world.a.apartments.map((a) => a.id).sort((x, y) => x - y))
  })

  it('should not edit apartments', async () => {
    const response = await api('PATCH', `apartments/${world.a.apartments[0].id}`, {
      body: { label: 'ZZ' },
      token: token(),
    })
    expect(response.status).toBe(403)
  })
})

describe('office admin scope', () => {
  const token = () => world.actors.adminA.token

  it('should create a building in their office', async () => {
    const response = await api('POST', 'buildings?depth=0', {
      body: {
        address: 'Ermou 1',
        city: 'Athens',
        name: 'New A',
        postalCode: '10563',
        tenant: world.a.office.id,
      },
      token: token(),
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.tenant).toBe(world.a.office.id)
  })

  it('should give a new apartment the office of its building', async () => {
    const response = await api('POST', 'apartments?depth=0', {
      body: { building: world.a.buildings[1].id, label: '9Z' },
      token: token(),
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.tenant).toBe(world.a.office.id)
  })

  it("should refuse an apartment whose office is not its building's", async () => {
    const admin = world.actors.platform.token
    const response = await api('POST', 'apartments', {
      body: { building: world.a.buildings[1].id, label: '9Y', tenant: world.b.office.id },
      token: admin,
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'tenant' }),
    ])
  })

  it('should not grant platform-admin', async () => {
    const response = await api('POST', 'users', {
      body: {
        email: `escalate-${Date.now()}@test.local`,
        password: 'password-123',
        role: 'platform-admin',
        tenants: [{ tenant: world.a.office.id }],
      },
      token: token(),
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'role' })])
  })

  it('should create a manager in their office', async () => {
    const response = await api('POST', 'users', {
      body: {
        assignedBuildings: [world.a.buildings[1].id],
        email: `new-manager-${Date.now()}@test.local`,
        password: 'password-123',
        role: 'manager',
        tenants: [{ tenant: world.a.office.id }],
      },
      token: token(),
    })
    expect(response.status).toBe(201)
  })

  it('should list only users of their office and themselves', async () => {
    const response = await api('GET', 'users?depth=0&limit=100', { token: token() })
    const emails: string[] = response.body.docs.map((user: { email: string }) => user.email)
    expect(emails).toContain(world.actors.managerA.user.email)
    expect(emails).not.toContain(world.actors.adminB.user.email)
    expect(emails).not.toContain(world.actors.platform.user.email)
  })
})

describe('admin panel access', () => {
  it.each([
    ['platform', true],
    ['adminA', true],
    ['managerA', true],
    ['accountantA', true],
    ['residentA', false],
    ['vendorA', false],
  ] as const)('should give %s admin access: %s', async (actorName, expected) => {
    const response = await api('GET', 'access', { token: world.actors[actorName].token })
    expect(response.status).toBe(200)
    // Payload drops permissions that are false from the response, so absent means refused.
    expect(response.body.canAccessAdmin ?? false).toBe(expected)
  })
})
