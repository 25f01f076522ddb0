import type { Payload } from 'payload'

import { api, fieldErrorPaths } from '../../../test/helpers/http'
import { startPayload } from '../../../test/helpers/testPayload'
import { buildWorld } from '../../../test/helpers/world'
import type { World } from '../../../test/helpers/world'
import { DUNNING_POLICIES, PROMISES_TO_PAY } from '../constants'

/** The Collections OS model: policies validated by the engine's rules on save, scoped like the ledger. */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

const step = (overrides: Record<string, unknown> = {}) => ({
  channel: 'email',
  maxContacts: 2,
  minDaysBetweenContacts: 14,
  template: { el: 'Αγαπητέ {owner}, οφειλή {amount}', en: 'Dear {owner}, you owe {amount}' },
  threshold: { bucket: '0-30', type: 'bucket' },
  ...overrides,
})

describe('dunning policies', () => {
  it('should save an office default with escalating steps', async () => {
    const response = await api('POST', `${DUNNING_POLICIES}?depth=0`, {
      body: {
        minimumBalance: 2_000,
        name: 'Office default',
        schedule: '0 9 * * 1',
        steps: [
          step(),
          step({
            action: { lateFee: { basisPoints: 500, type: 'percent' } },
            channel: 'letter',
            threshold: { bucket: '61-90', type: 'bucket' },
          }),
        ],
        tenant: world.a.office.id,
      },
      token: world.actors.accountantA.token,
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.tenant).toBe(world.a.office.id)
  })

  it("should give a building override its building's office", async () => {
    const response = await api('POST', `${DUNNING_POLICIES}?depth=0`, {
      body: {
        building: world.a.buildings[1].id,
        minimumBalance: 0,
        name: 'Override',
        steps: [step()],
      },
      token: world.actors.adminA.token,
    })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({
      building: world.a.buildings[1].id,
      tenant: world.a.office.id,
    })
  })

  it('should refuse a policy the engine could not run, naming each field, and write nothing', async () => {
    const before = (await payload.count({ collection: DUNNING_POLICIES })).totalDocs
    const response = await api('POST', DUNNING_POLICIES, {
      body: {
        minimumBalance: 0,
        name: 'Broken',
        schedule: 'every monday',
        steps: [step()],
        tenant: world.a.office.id,
      },
      token: world.actors.adminA.token,
    })
    expect(response.status).toBe(400)
    expect(fieldErrorPaths(response.body)).toEqual(['schedule'])
    expect((await payload.count({ collection: DUNNING_POLICIES })).totalDocs).toBe(before)
    const engineErrors = await api('POST', DUNNING_POLICIES, {
      body: {
        minimumBalance: 0,
        name: 'Broken',
        steps: [
          step({ threshold: { bucket: '31-60', type: 'bucket' } }),
          step({
            template: { el: 'Γεια {onwer}', en: '' },
            threshold: { bucket: '0-30', type: 'bucket' },
          }),
        ],
        tenant: world.a.office.id,
      },
      token: world.actors.adminA.token,
    })
    expect(engineErrors.status).toBe(400)
    // Steps out of order, a misspelt placeholder, no text in the office's language (English).
    expect(fieldErrorPaths(engineErrors.body)).toEqual([
      'steps.1.template.el',
      'steps.1.template.en',
      'steps.1.threshold',
    ])
    expect((await payload.count({ collection: DUNNING_POLICIES })).totalDocs).toBe(before)
  })

  it('should not let a manager or a resident write policies', async () => {
    for (const actor of [world.actors.managerA, world.actors.residentA]) {
      const response = await api('POST', DUNNING_POLICIES, {
        body: { minimumBalance: 0, name: 'Nope', steps: [step()], tenant: world.a.office.id },
        token: actor.token,
      })
      expect(response.status).toBe(403)
    }
  })
})

describe('promises to pay', () => {
  it("should record who made it and take the apartment's building and office", async () => {
    const apartment = world.a.apartments[0]
    const response = await api('POST', `${PROMISES_TO_PAY}?depth=0`, {
      body: { amount: 5_000, apartment: apartment.id, dueDate: '2026-12-15T12:00:00.000Z' },
      token: world.actors.managerA.token,
    })
    expect(response.status).toBe(201)
    expect(response.body.doc).toMatchObject({
      createdBy: world.actors.managerA.user.id,
      status: 'active',
      tenant: world.a.office.id,
    })
  })

  it("should let a resident read their apartment's promises but not make one", async () => {
    const list = await api('GET', `${PROMISES_TO_PAY}?depth=0`, {
      token: world.actors.residentA.token,
    })
    expect(list.status).toBe(200)
    for (const doc of list.body.docs) expect(doc.apartment).toBe(world.a.apartments[0].id)
    const create = await api('POST', PROMISES_TO_PAY, {
      body: {
        amount: 5_000,
        apartment: world.a.apartments[0].id,
        dueDate: '2026-12-15T12:00:00.000Z',
      },
      token: world.actors.residentA.token,
    })
    expect(create.status).toBe(403)
  })

  it('should not let a manager promise for an unassigned building', async () => {
    const unassigned = world.a.apartments.find(
      (a) =>
        (typeof a.building === 'object' ? a.building.id : a.building) === world.a.buildings[1].id,
    )
    const response = await api('POST', PROMISES_TO_PAY, {
      body: { amount: 5_000, apartment: unassigned?.id, dueDate: '2026-12-15T12:00:00.000Z' },
      token: world.actors.managerA.token,
    })
    expect([400, 403]).toContain(response.status)
  })
})
