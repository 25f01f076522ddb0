import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'
import type {
  Allocation,
  Apartment,
  ApartmentBalance,
  Building,
  Charge,
  DunningEvent,
  DunningPolicy,
  DunningRun,
  DunningTask,
  Expense,
  ExpenseCategory,
  Office,
  Payment,
  PromisesToPay,
  RecurringExpense,
  UnmatchedPayment,
  User,
} from '../../payload-types'

export const TEST_PASSWORD = 'test-password-1'

export type Actor = { token: string; user: User }

/**
 * Two offices side by side, each with buildings, apartments and a user per role: the fixture
 * every isolation test reads. Slugs and e-mails are unique per call so suites can share a database.
 */
export type LedgerFixture = {
  allocation: Allocation
  dunning: {
    event: DunningEvent
    policy: DunningPolicy
    promise: PromisesToPay
    run: DunningRun
    task: DunningTask
  }
  balance: ApartmentBalance
  category: ExpenseCategory
  charge: Charge
  expense: Expense
  payment: Payment
  recurring: RecurringExpense
  unmatched: UnmatchedPayment
}

export type World = {
  a: { apartments: Apartment[]; buildings: Building[]; office: Office }
  actors: Record<
    'accountantA' | 'adminA' | 'adminB' | 'managerA' | 'platform' | 'residentA' | 'vendorA',
    Actor
  >
  b: { apartments: Apartment[]; buildings: Building[]; ledger: LedgerFixture; office: Office }
}

const makeOffice = async (payload: Payload, tag: string, suffix: string) => {
  const office = await payload.create({
    collection: 'offices',
    data: {
      currency: 'EUR',
      locale: 'en',
      name: `Office ${tag} ${suffix}`,
      slug: `office-${tag}-${suffix}`,
      timezone: 'Europe/Athens',
    },
  })
  const buildings: Building[] = []
  const apartments: Apartment[] = []
  for (const n of [1, 2]) {
    const building = await payload.create({
      collection: 'buildings',
      data: {
        address: `Street ${n}`,
        city: 'Athens',
        name: `${tag}${n}`,
        postalCode: '10558',
        tenant: office.id,
      },
    })
    buildings.push(building)
    for (const label of ['1A', '1B']) {
      apartments.push(
        await payload.create({
          collection: 'apartments',
          data: {
            building: building.id,
            label,
            owner: {
              email: `owner-${tag}${n}${label}-${suffix}@example.gr`,
              name: `Owner ${tag}${n}${label}`,
            },
            shares: { elevator: 500, general: 500, heating: 500 },
          },
        }),
      )
    }
  }
  return { apartments, buildings, office }
}

/** One row of each ledger collection in an office, for boundary tests. */
const makeLedger = async (
  payload: Payload,
  office: Office,
  apartment: Apartment,
  suffix: string,
): Promise<LedgerFixture> => {
  const category = await payload.create({
    collection: 'expense-categories',
    data: { code: `common-${suffix}`, name: 'Common', shareColumn: 'general', tenant: office.id },
    depth: 0,
  })
  const charge = await payload.create({
    collection: 'charges',
    data: {
      amount: 10_000,
      apartment: apartment.id,
      category: category.id,
      dueDate: '2026-01-25T12:00:00.000Z',
      period: '2026-01',
      source: 'common-expense',
    },
    depth: 0,
  })
  const payment = await payload.create({
    collection: 'payments',
    data: {
      amount: 4_000,
      apartment: apartment.id,
      method: 'bank-transfer',
      receivedAt: '2026-01-20T09:00:00.000Z',
      source: 'manual',
    },
    depth: 0,
  })
  const unmatched = await payload.create({
    collection: 'unmatched-payments',
    data: {
      amount: 500,
      receivedAt: '2026-01-21T09:00:00.000Z',
      status: 'open',
      tenant: office.id,
    },
    depth: 0,
  })
  const building = apartment.building as Building | number
  const buildingId = typeof building === 'number' ? building : building.id
  const expense = await payload.create({
    collection: 'expenses',
    data: {
      amount: 50_000,
      building: buildingId,
      category: category.id,
      description: 'Cleaning',
      period: '2026-01',
    },
    depth: 0,
  })
  const recurring = await payload.create({
    collection: 'recurring-expenses',
    data: {
      activeMonths: ['01', '02', '03'],
      building: buildingId,
      category: category.id,
      description: 'Elevator contract',
      monthlyAmount: 12_000,
    },
    depth: 0,
  })
  const balances = await payload.find({
    collection: 'apartment-balances',
    depth: 0,
    where: { apartment: { equals: apartment.id } },
  })
  const allocations = await payload.find({
    collection: 'allocations',
    depth: 0,
    where: { apartment: { equals: apartment.id } },
  })
  const policy = await payload.create({
    collection: 'dunning-policies',
    data: {
      minimumBalance: 1_000,
      name: 'Default',
      steps: [
        {
          channel: 'email',
          maxContacts: 1,
          minDaysBetweenContacts: 14,
          template: { el: 'Οφειλή {amount}', en: 'You owe {amount}' },
          threshold: { bucket: '0-30', type: 'bucket' },
        },
      ],
      tenant: office.id,
    },
    depth: 0,
  })
  const run = await payload.create({
    collection: 'dunning-runs',
    data: { policy: policy.id, status: 'completed', tenant: office.id, trigger: 'manual' },
    depth: 0,
  })
  const event = await payload.create({
    collection: 'dunning-events',
    data: {
      apartment: apartment.id,
      idempotencyKey: `fixture-${suffix}`,
      outcome: 'skipped',
      run: run.id,
      skipReason: 'below-minimum',
      tenant: office.id,
    },
    depth: 0,
  })
  const promise = await payload.create({
    collection: 'promises-to-pay',
    data: {
      amount: 6_000,
      apartment: apartment.id,
      dueDate: '2026-02-15T12:00:00.000Z',
      status: 'active',
    },
    depth: 0,
  })
  const task = await payload.create({
    collection: 'dunning-tasks',
    data: {
      apartment: apartment.id,
      idempotencyKey: `fixture-task-${suffix}`,
      kind: 'follow-up',
      run: run.id,
      status: 'open',
      title: 'Follow up',
      tenant: office.id,
    },
    depth: 0,
  })
  return {
    allocation: allocations.docs[0],
    balance: balances.docs[0],
    category,
    charge,
    dunning: { event, policy, promise, run, task },
    expense,
    payment,
    recurring,
    unmatched,
  }
}

export const loginAs = async (payload: Payload, email: string): Promise<string> => {
  const result = await payload.login({
    collection: 'users',
    data: { email, password: TEST_PASSWORD },
  })
  if (!result.token) throw new Error(`login failed for ${email}`)
  return result.token
}

export const buildWorld = async (payload: Payload): Promise<World> => {
  const suffix = randomUUID().slice(0, 8)
  const a = await makeOffice(payload, 'a', suffix)
  const officeB = await makeOffice(payload, 'b', suffix)
  const b = {
    ...officeB,
    ledger: await makeLedger(payload, officeB.office, officeB.apartments[0], suffix),
  }
  const actor = async (
    name: string,
    role: Role,
    extra: { apartment?: number; assignedBuildings?: number[]; offices: number[] },
  ): Promise<Actor> => {
    const email = `${name}-${suffix}@test.local`
    const user = await payload.create({
      collection: 'users',
      data: {
        apartment: extra.apartment,
        assignedBuildings: extra.assignedBuildings,
        email,
        name,
        password: TEST_PASSWORD,
        role,
        tenants: extra.offices.map((tenant) => ({ tenant })),
      },
    })
    return { token: await loginAs(payload, email), user }
  }
  return {
    a,
    actors: {
      accountantA: await actor('accountant-a', 'accountant', { offices: [a.office.id] }),
      adminA: await actor('admin-a', 'office-admin', { offices: [a.office.id] }),
      adminB: await actor('admin-b', 'office-admin', { offices: [b.office.id] }),
      managerA: await actor('manager-a', 'manager', {
        assignedBuildings: [a.buildings[0].id],
        offices: [a.office.id],
      }),
      platform: await actor('platform', 'platform-admin', { offices: [] }),
      residentA: await actor('resident-a', 'resident', {
        apartment: a.apartments[0].id,
        offices: [a.office.id],
      }),
      vendorA: await actor('vendor-a', 'vendor', { offices: [a.office.id] }),
    },
    b,
  }
}
