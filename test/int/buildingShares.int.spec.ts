import type { Payload } from 'payload'

import { api, fieldErrorPaths } from '../helpers/http'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'

/**
 * A building's apartments never hold more than 1000 ‰ of a category between them: a create, a
 * change of shares and a move to another building are refused at the field, nothing is written,
 * and two apartments saved at once cannot both take the last per mille.
 */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

const sharesIn = async (building: number) =>
  (
    await payload.find({
      collection: 'apartments',
      depth: 0,
      pagination: false,
      where: { building: { equals: building } },
    })
  ).docs.reduce((sum, apartment) => sum + (apartment.shares?.general ?? 0), 0)

describe("a building's shares", () => {
  it('should refuse an apartment that takes the building past 1000 per mille, writing nothing', async () => {
    // The world's buildings are full: two apartments of 500 ‰ each.
    const building = world.a.buildings[0].id
    const refused = await api('POST', 'apartments', {
      body: { building, label: 'X1', shares: { elevator: 0, general: 100, heating: 0 } },
      token: world.actors.adminA.token,
    })
    expect([refused.status, fieldErrorPaths(refused.body)]).toEqual([400, ['shares.general']])
    expect(refused.body.errors[0].data.errors[0].message).toMatch(/would add up to 1100 ‰/)
    expect(await sharesIn(building)).toBe(1000)

    const zero = await api('POST', 'apartments', {
      body: { building, label: 'X2', shares: { elevator: 0, general: 0, heating: 0 } },
      token: world.actors.adminA.token,
    })
    expect(zero.status).toBe(201)
  })

  it('should refuse raising one apartment over, and take it once another gave its share up', async () => {
    const [first, second] = world.a.apartments
    const raise = () =>
      api('PATCH', `apartments/${first.id}`, {
        body: { shares: { general: 700 } },
        token: world.actors.adminA.token,
      })
    expect((await raise()).status).toBe(400)
    const lowered = await api('PATCH', `apartments/${second.id}`, {
      body: { shares: { general: 300 } },
      token: world.actors.adminA.token,
    })
    expect(lowered.status).toBe(200)
    expect((await raise()).status).toBe(200)
    expect(await sharesIn(world.a.buildings[0].id)).toBe(1000)
  })

  it('should refuse moving an apartment into a full building', async () => {
    const moving = world.a.apartments[2]
    const response = await api('PATCH', `apartments/${moving.id}`, {
      body: { building: world.a.buildings[0].id },
      token: world.actors.adminA.token,
    })
    expect([response.status, fieldErrorPaths(response.body)]).toEqual([
      400,
      ['shares.elevator', 'shares.general', 'shares.heating'],
    ])
  })

  it('should let only one of two apartments saved at once take the last per mille', async () => {
    const building = await payload.create({
      collection: 'buildings',
      data: {
        address: 'Race 1',
        city: 'Athens',
        name: 'Race',
        postalCode: '10558',
        tenant: world.a.office.id,
      },
    })
    const answers = await Promise.all(
      ['R1', 'R2'].map((label) =>
        api('POST', 'apartments', {
          body: { building: building.id, label, shares: { elevator: 0, general: 600, heating: 0 } },
          token: world.actors.adminA.token,
        }),
      ),
    )
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 400])
    expect(await sharesIn(building.id)).toBe(600)
  })
})
