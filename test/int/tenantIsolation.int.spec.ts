import type { CollectionSlug, Payload } from 'payload'

import type { Config } from '../../payload-types'
import { api, graphql } from '../helpers/http'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'

/**
 * The tenant boundary, collection by collection and channel by channel: a user of office A gets
 * nothing of office B through REST, GraphQL or the Local API with `overrideAccess: false` (read,
 * list, update, delete, and create naming office B's ids), and nothing changes in the database.
 */
type Slug = keyof Config['collections'] &
  (
    | 'allocations'
    | 'apartment-balances'
    | 'apartments'
    | 'buildings'
    | 'charges'
    | 'dunning-events'
    | 'dunning-policies'
    | 'dunning-runs'
    | 'dunning-tasks'
    | 'expense-categories'
    | 'expenses'
    | 'offices'
    | 'payments'
    | 'promises-to-pay'
    | 'recurring-expenses'
    | 'unmatched-payments'
    | 'users'
  )

type Case = {
  /** A create body that names office B (or its building) while acting as an office A user. */
  create: (world: World) => Record<string, unknown>
  foreignId: (world: World) => number
  gql: { create: string; delete: string; list: string; one: string; update: string }
  patch: Record<string, unknown>
  slug: Slug
}

const unique = () => Math.random().toString(36).slice(2, 8)

const cases: Case[] = [
  {
    create: () => ({
      currency: 'EUR',
      locale: 'en',
      name: 'Rogue office',
      slug: `rogue-${unique()}`,
      timezone: 'Europe/Athens',
    }),
    foreignId: (world) => world.b.office.id,
    gql: {
      create: 'createOffice',
      delete: 'deleteOffice',
      list: 'Offices',
      one: 'Office',
      update: 'updateOffice',
    },
    patch: { name: 'Taken over' },
    slug: 'offices',
  },
  {
    create: (world) => ({
      address: 'Rogue 1',
      city: 'Athens',
      name: 'Rogue',
      postalCode: '10558',
      tenant: world.b.office.id,
    }),
    foreignId: (world) => world.b.buildings[0].id,
    gql: {
      create: 'createBuilding',
      delete: 'deleteBuilding',
      list: 'Buildings',
      one: 'Building',
      update: 'updateBuilding',
    },
    patch: { name: 'Taken over' },
    slug: 'buildings',
  },
  {
    create: (world) => ({ building: world.b.buildings[0].id, label: `R${unique()}` }),
    foreignId: (world) => world.b.apartments[0].id,
    gql: {
      create: 'createApartment',
      delete: 'deleteApartment',
      list: 'Apartments',
      one: 'Apartment',
      update: 'updateApartment',
    },
    patch: { label: 'Taken over' },
    slug: 'apartments',
  },
  {
    create: (world) => ({
      email: `rogue-${unique()}@test.local`,
      password: 'rogue-password',
      tenants: [{ tenant: world.b.office.id }],
    }),
    foreignId: (world) => world.actors.adminB.user.id,
    gql: {
      create: 'createUser',
      delete: 'deleteUser',
      list: 'Users',
      one: 'User',
      update: 'updateUser',
    },
    patch: { name: 'Taken over' },
    slug: 'users',
  },
  {
    create: (world) => ({
      code: `rogue-${unique()}`,
      name: 'Rogue',
      shareColumn: 'general',
      tenant: world.b.office.id,
    }),
    foreignId: (world) => world.b.ledger.category.id,
    gql: {
      create: 'createExpenseCategory',
      delete: 'deleteExpenseCategory',
      list: 'ExpenseCategories',
      one: 'ExpenseCategory',
      update: 'updateExpenseCategory',
    },
    patch: { name: 'Taken over' },
    slug: 'expense-categories',
  },
  {
    create: (world) => ({
      amount: 100,
      apartment: world.b.apartments[0].id,
      dueDate: '2026-02-25T12:00:00.000Z',
      period: '2026-02',
    }),
    foreignId: (world) => world.b.ledger.charge.id,
    gql: {
      create: 'createCharge',
      delete: 'deleteCharge',
      list: 'Charges',
      one: 'Charge',
      update: 'updateCharge',
    },
    patch: { description: 'Taken over' },
    slug: 'charges',
  },
  {
    create: (world) => ({
      amount: 100,
      apartment: world.b.apartments[0].id,
      receivedAt: '2026-02-01T09:00:00.000Z',
    }),
    foreignId: (world) => world.b.ledger.payment.id,
    gql: {
      create: 'createPayment',
      delete: 'deletePayment',
      list: 'Payments',
      one: 'Payment',
      update: 'updatePayment',
    },
    patch: { externalReference: 'taken-over' },
    slug: 'payments',
  },
  {
    create: (world) => ({
      apartment: world.b.apartments[1].id,
      balance: 0,
      building: world.b.buildings[0].id,
      openItemsCount: 0,
    }),
    foreignId: (world) => world.b.ledger.balance.id,
    gql: {
      create: 'createApartmentBalance',
      delete: 'deleteApartmentBalance',
      list: 'ApartmentBalances',
      one: 'ApartmentBalance',
      update: 'updateApartmentBalance',
    },
    patch: { balance: 0 },
    slug: 'apartment-balances',
  },
  {
    create: (world) => ({
      amount: 100,
      receivedAt: '2026-02-01T09:00:00.000Z',
      tenant: world.b.office.id,
    }),
    foreignId: (world) => world.b.ledger.unmatched.id,
    gql: {
      create: 'createUnmatchedPayment',
      delete: 'deleteUnmatchedPayment',
      list: 'UnmatchedPayments',
      one: 'UnmatchedPayment',
      update: 'updateUnmatchedPayment',
    },
    patch: { note: 'Taken over' },
    slug: 'unmatched-payments',
  },
  {
    create: (world) => ({
      amount: 100,
      building: world.b.buildings[0].id,
      category: world.b.ledger.category.id,
      description: 'Rogue',
      period: '2026-02',
    }),
    foreignId: (world) => world.b.ledger.expense.id,
    gql: {
      create: 'createExpense',
      delete: 'deleteExpense',
      list: 'Expenses',
      one: 'Expense',
      update: 'updateExpense',
    },
    patch: { description: 'Taken over' },
    slug: 'expenses',
  },
  {
    create: (world) => ({
      building: world.b.buildings[0].id,
      category: world.b.ledger.category.id,
      description: 'Rogue',
      monthlyAmount: 100,
    }),
    foreignId: (world) => world.b.ledger.recurring.id,
    gql: {
      create: 'createRecurringExpense',
      delete: 'deleteRecurringExpense',
      list: 'RecurringExpenses',
      one: 'RecurringExpense',
      update: 'updateRecurringExpense',
    },
    patch: { description: 'Taken over' },
    slug: 'recurring-expenses',
  },
  {
    create: (world) => ({
      amount: 1,
      apartment: world.b.apartments[0].id,
      charge: world.b.ledger.charge.id,
    }),
    foreignId: (world) => world.b.ledger.allocation.id,
    gql: {
      create: 'createAllocation',
      delete: 'deleteAllocation',
      list: 'Allocations',
      one: 'Allocation',
      update: 'updateAllocation',
    },
    patch: { amount: 1 },
    slug: 'allocations',
  },
  {
    create: (world) => ({
      minimumBalance: 0,
      name: 'Rogue',
      steps: [
        {
          channel: 'email',
          maxContacts: 1,
          minDaysBetweenContacts: 7,
          template: { el: 'x', en: 'x' },
          threshold: { bucket: '0-30', type: 'bucket' },
        },
      ],
      tenant: world.b.office.id,
    }),
    foreignId: (world) => world.b.ledger.dunning.policy.id,
    gql: {
      create: 'createDunningPolicy',
      delete: 'deleteDunningPolicy',
      list: 'DunningPolicies',
      one: 'DunningPolicy',
      update: 'updateDunningPolicy',
    },
    patch: { name: 'Taken over' },
    slug: 'dunning-policies',
  },
  {
    create: (world) => ({
      policy: world.b.ledger.dunning.policy.id,
      tenant: world.b.office.id,
      trigger: 'manual',
    }),
    foreignId: (world) => world.b.ledger.dunning.run.id,
    gql: {
      create: 'createDunningRun',
      delete: 'deleteDunningRun',
      list: 'DunningRuns',
      one: 'DunningRun',
      update: 'updateDunningRun',
    },
    patch: { status: 'failed' },
    slug: 'dunning-runs',
  },
  {
    create: (world) => ({
      apartment: world.b.apartments[0].id,
      outcome: 'sent',
      run: world.b.ledger.dunning.run.id,
      tenant: world.b.office.id,
    }),
    foreignId: (world) => world.b.ledger.dunning.event.id,
    gql: {
      create: 'createDunningEvent',
      delete: 'deleteDunningEvent',
      list: 'DunningEvents',
      one: 'DunningEvent',
      update: 'updateDunningEvent',
    },
    patch: { outcome: 'sent' },
    slug: 'dunning-events',
  },
  {
    create: (world) => ({
      amount: 100,
      apartment: world.b.apartments[0].id,
      dueDate: '2026-03-01T12:00:00.000Z',
    }),
    foreignId: (world) => world.b.ledger.dunning.promise.id,
    gql: {
      create: 'createPromisesToPay',
      delete: 'deletePromisesToPay',
      list: 'PromisesToPays',
      one: 'PromisesToPay',
      update: 'updatePromisesToPay',
    },
    patch: { status: 'cancelled' },
    slug: 'promises-to-pay',
  },
  {
    create: (world) => ({
      apartment: world.b.apartments[0].id,
      kind: 'follow-up',
      title: 'Rogue',
      tenant: world.b.office.id,
    }),
    foreignId: (world) => world.b.ledger.dunning.task.id,
    gql: {
      create: 'createDunningTask',
      delete: 'deleteDunningTask',
      list: 'DunningTasks',
      one: 'DunningTask',
      update: 'updateDunningTask',
    },
    patch: { status: 'done' },
    slug: 'dunning-tasks',
  },
]

/** GraphQL input literals: relationship ids are Ints, everything else JSON-like. */
const gqlInput = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(gqlInput).join(', ')}]`
  if (value && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${key}: ${gqlInput(inner)}`)
      .join(', ')} }`
  }
  return JSON.stringify(value)
}

const ACTORS = ['adminA', 'managerA', 'accountantA', 'residentA', 'vendorA'] as const

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

const snapshot = async (slug: Slug, id: number) =>
  payload.findByID({ collection: slug as CollectionSlug, depth: 0, id, overrideAccess: true })

const countAll = async (slug: Slug) =>
  (await payload.count({ collection: slug as CollectionSlug, overrideAccess: true })).totalDocs

describe.each(cases)('tenant isolation of $slug', (testCase) => {
  describe.each(ACTORS)('as %s of office A', (actorName) => {
    const actor = () => world.actors[actorName]
    const foreignId = () => testCase.foreignId(world)

    describe('REST', () => {
      it("should not find office B's document by id", async () => {
        const response = await api('GET', `${testCase.slug}/${foreignId()}`, {
          token: actor().token,
        })
        expect([403, 404]).toContain(response.status)
        expect(JSON.stringify(response.body)).not.toContain('"id":' + foreignId() + ',')
      })

      it("should not list office B's document", async () => {
        const response = await api(
          'GET',
          `${testCase.slug}?where[id][equals]=${foreignId()}&depth=0`,
          {
            token: actor().token,
          },
        )
        if (response.status === 200) expect(response.body.totalDocs).toBe(0)
        else expect(response.status).toBe(403)
      })

      it("should not update office B's document", async () => {
        const before = await snapshot(testCase.slug, foreignId())
        const response = await api('PATCH', `${testCase.slug}/${foreignId()}`, {
          body: testCase.patch,
          token: actor().token,
        })
        expect([403, 404]).toContain(response.status)
        expect(await snapshot(testCase.slug, foreignId())).toEqual(before)
      })

      it("should not delete office B's document", async () => {
        const response = await api('DELETE', `${testCase.slug}/${foreignId()}`, {
          token: actor().token,
        })
        expect([403, 404]).toContain(response.status)
        expect((await snapshot(testCase.slug, foreignId())).id).toBe(foreignId())
      })

      it("should not create a document with office B's id", async () => {
        const before = await countAll(testCase.slug)
        const response = await api('POST', testCase.slug, {
          body: testCase.create(world),
          token: actor().token,
        })
        expect([400, 403]).toContain(response.status)
        expect(await countAll(testCase.slug)).toBe(before)
      })
    })

    describe('GraphQL', () => {
      it("should not read office B's document by id", async () => {
        const { body } = await graphql(`{ ${testCase.gql.one}(id: ${foreignId()}) { id } }`, {
          token: actor().token,
        })
        expect(body.data?.[testCase.gql.one as keyof typeof body.data] ?? null).toBeNull()
        expect(body.errors?.length).toBeGreaterThan(0)
      })

      it("should not list office B's document", async () => {
        const { body } = await graphql(
          `{ ${testCase.gql.list}(where: { id: { equals: ${foreignId()} } }) { totalDocs docs { id } } }`,
          { token: actor().token },
        )
        const list = (body.data as Record<string, { totalDocs: number }> | undefined)?.[
          testCase.gql.list
        ]
        if (list) expect(list.totalDocs).toBe(0)
        else expect(body.errors?.length).toBeGreaterThan(0)
      })

      it("should not update office B's document", async () => {
        const before = await snapshot(testCase.slug, foreignId())
        const { body } = await graphql(
          `mutation { ${testCase.gql.update}(id: ${foreignId()}, data: ${gqlInput(testCase.patch)}) { id } }`,
          { token: actor().token },
        )
        expect(body.errors?.length).toBeGreaterThan(0)
        expect(await snapshot(testCase.slug, foreignId())).toEqual(before)
      })

      it("should not delete office B's document", async () => {
        const { body } = await graphql(
          `mutation { ${testCase.gql.delete}(id: ${foreignId()}) { id } }`,
          {
            token: actor().token,
          },
        )
        expect(body.errors?.length).toBeGreaterThan(0)
        expect((await snapshot(testCase.slug, foreignId())).id).toBe(foreignId())
      })

      it("should not create a document with office B's id", async () => {
        const before = await countAll(testCase.slug)
        const { body } = await graphql(
          `mutation { ${testCase.gql.create}(data: ${gqlInput(testCase.create(world))}) { id } }`,
          {
            token: actor().token,
          },
        )
        expect(body.errors?.length).toBeGreaterThan(0)
        expect(await countAll(testCase.slug)).toBe(before)
      })
    })

    describe('Local API with overrideAccess: false', () => {
      const local = () => ({
        collection: testCase.slug as CollectionSlug,
        overrideAccess: false,
        user: actor().user,
      })

      it("should not find office B's document by id", async () => {
        await expect(payload.findByID({ ...local(), id: foreignId() })).rejects.toMatchObject({
          status: expect.any(Number),
        })
      })

      it("should not list office B's document", async () => {
        try {
          const result = await payload.find({ ...local(), where: { id: { equals: foreignId() } } })
          expect(result.totalDocs).toBe(0)
        } catch (err) {
          expect((err as { status?: number }).status).toBe(403)
        }
      })

      it("should not update office B's document", async () => {
        const before = await snapshot(testCase.slug, foreignId())
        await expect(
          payload.update({ ...local(), data: testCase.patch, id: foreignId() }),
        ).rejects.toBeTruthy()
        expect(await snapshot(testCase.slug, foreignId())).toEqual(before)
      })

      it("should not delete office B's document", async () => {
        await expect(payload.delete({ ...local(), id: foreignId() })).rejects.toBeTruthy()
        expect((await snapshot(testCase.slug, foreignId())).id).toBe(foreignId())
      })

      it("should not create a document with office B's id", async () => {
        const before = await countAll(testCase.slug)
        await expect(
          payload.create({ ...local(), data: testCase.create(world) as never }),
        ).rejects.toBeTruthy()
        expect(await countAll(testCase.slug)).toBe(before)
      })
    })
  })
})
