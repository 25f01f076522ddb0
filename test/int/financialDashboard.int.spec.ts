import type { Payload } from 'payload'

import { idOf } from '../../src/access/scopeOf'
import { AGING_BUCKETS, agingBucket, daysPastDue } from '../../src/ledger/engine/agingBucket'
import { api } from '../helpers/http'
import { charge, pay } from '../helpers/ledger'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'
import { poolOf } from '../../src/lib/db/poolOf'

/**
 * The dashboards against an independent recomputation: the test keeps its own copy of every
 * charge and payment it writes and derives FIFO open items, buckets and totals in plain
 * JavaScript, then compares with what the SQL endpoints answer.
 */
const AS_OF = '2026-06-15'
const PERIOD = '2026-06'

type Written = { amount: number; apartment: number; building: number; dueDate: string; id: number }
type Paid = { amount: number; apartment: number; building: number; receivedAt: string }

let payload: Payload
let world: World
const charges: Written[] = []
const payments: Paid[] = []

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  // Every aging edge appears: -1, 0, 30, 31, 60, 61, 90, 91 days past due, plus random history.
  const edges = [-1, 0, 30, 31, 60, 61, 90, 91]
  for (const [index, apartment] of world.a.apartments.entries()) {
    const building = idOf(apartment.building) as number
    const dues = [
      ...edges.map((d) => addDays(AS_OF, -d)),
      ...Array.from({ length: 4 }, () => addDays(AS_OF, -Math.floor(random() * 300))),
    ]
    for (const dueDate of dues) {
      const amount = 1_000 + Math.floor(random() * 9_000)
      const created = await charge(payload, { amount, apartment: apartment.id, dueDate })
      charges.push({ amount, apartment: apartment.id, building, dueDate, id: created.id })
    }
    const paid = index === 0 ? 0 : Math.floor(random() * 40_000)
    if (paid > 0) {
      const receivedAt = index % 2 ? AS_OF : addDays(AS_OF, -40)
      await pay(payload, { amount: paid, apartment: apartment.id, receivedAt })
      payments.push({ amount: paid, apartment: apartment.id, building, receivedAt })
    }
  }
})

/** FIFO by the book: credits fill debits in due-date order. */
const expectedOpenItems = (buildingIds?: number[]) => {
  const inScope = (row: { building: number }) => !buildingIds || buildingIds.includes(row.building)
  const byApartment = new Map<number, Written[]>()
  for (const row of charges.filter(inScope))
    byApartment.set(row.apartment, [...(byApartment.get(row.apartment) ?? []), row])
  const open: (Written & { open: number })[] = []
  for (const [apartment, rows] of byApartment) {
    let credit = payments
      .filter((p) => p.apartment === apartment)
      .reduce((sum, p) => sum + p.amount, 0)
    for (const row of [...rows].sort((x, y) => x.dueDate.localeCompare(y.dueDate) || x.id - y.id)) {
      const settled = Math.min(credit, row.amount)
      credit -= settled
      if (row.amount - settled > 0) open.push({ ...row, open: row.amount - settled })
    }
  }
  return open
}

/** Amounts and items per bucket of each open charge; apartments per bucket of their oldest open charge. */
const expectedAging = (buildingIds?: number[]) => {
  const open = expectedOpenItems(buildingIds)
  const bucketOf = (row: { dueDate: string }) => agingBucket(daysPastDue(row.dueDate, AS_OF))
  const oldestByApartment = new Map<number, string>()
  for (const row of open) {
    const known = oldestByApartment.get(row.apartment)
    if (!known || row.dueDate < known) oldestByApartment.set(row.apartment, row.dueDate)
  }
  return Object.fromEntries(
    AGING_BUCKETS.map((bucket) => {
      const rows = open.filter((row) => bucketOf(row) === bucket)
      const apartments = [...oldestByApartment.values()].filter(
        (dueDate) => bucketOf({ dueDate }) === bucket,
      ).length
      return [
        bucket,
        { amount: rows.reduce((s, r) => s + r.open, 0), apartments, items: rows.length },
      ]
    }),
  )
}

describe('financial dashboard', () => {
  it('should answer the overview exactly as an independent FIFO recomputation', async () => {
    const response = await api('GET', `financial/dashboard/overview?asOf=${AS_OF}`, {
      token: world.actors.accountantA.token,
    })
    expect(response.status).toBe(200)
    const open = expectedOpenItems()
    const billed = charges
      .filter((c) => c.dueDate.startsWith(PERIOD))
      .reduce((s, c) => s + c.amount, 0)
    const collected = payments
      .filter((p) => p.receivedAt.startsWith(PERIOD))
      .reduce((s, p) => s + p.amount, 0)
    expect(response.body).toMatchObject({
      aging: expectedAging(),
      asOf: AS_OF,
      billed,
      collected,
      currency: 'EUR',
      outstanding: open.reduce((s, r) => s + r.open, 0),
      overdueApartments: new Set(
        open.filter((r) => daysPastDue(r.dueDate, AS_OF) > 0).map((r) => r.apartment),
      ).size,
      period: PERIOD,
    })
    expect(response.body.collectionRate).toBeCloseTo(collected / billed, 4)
  })

  it('should put every edge day in its bucket', async () => {
    const response = await api('GET', `financial/dashboard/overview?asOf=${AS_OF}`, {
      token: world.actors.adminA.token,
    })
    const aging = response.body.aging
    // The first apartment paid nothing: its eight edge charges are all open, two per bounded bucket.
    expect(aging['not-due'].items).toBeGreaterThanOrEqual(1)
    expect(aging['0-30'].items).toBeGreaterThanOrEqual(2)
    expect(aging['31-60'].items).toBeGreaterThanOrEqual(2)
    expect(aging['61-90'].items).toBeGreaterThanOrEqual(2)
    expect(aging['90+'].items).toBeGreaterThanOrEqual(1)
  })

  it('should answer the summary per building exactly, and only the assigned building to a manager', async () => {
    const all = await api('GET', `financial/dashboard/summary?asOf=${AS_OF}`, {
      token: world.actors.adminA.token,
    })
    expect(all.status).toBe(200)
    for (const row of all.body.buildings) {
      expect(row.aging).toEqual(expectedAging([row.building.id]))
    }
    const managed = await api('GET', `financial/dashboard/summary?asOf=${AS_OF}`, {
      token: world.actors.managerA.token,
    })
    expect(
      managed.body.buildings.map((row: { building: { id: number } }) => row.building.id),
    ).toEqual([world.a.buildings[0].id])
    const overview = await api('GET', `financial/dashboard/overview?asOf=${AS_OF}`, {
      token: world.actors.managerA.token,
    })
    expect(overview.body.aging).toEqual(expectedAging([world.a.buildings[0].id]))
  })

  it('should page, sort and filter apartment balances with one query whatever the page size', async () => {
    const pool = poolOf(payload) as unknown as { query: (...args: unknown[]) => unknown }
    const original = pool.query
    let queries = 0
    pool.query = function (this: unknown, ...args: unknown[]) {
      queries += 1
      return original.apply(this, args)
    }
    const token = world.actors.adminA.token
    try {
      queries = 0
      const small = await api(
        'GET',
        `financial/dashboard/apartment_balances?asOf=${AS_OF}&limit=1&sort=-balance`,
        { token },
      )
      const smallQueries = queries
      queries = 0
      const large = await api(
        'GET',
        `financial/dashboard/apartment_balances?asOf=${AS_OF}&limit=50&sort=-balance`,
        { token },
      )
      expect(queries).toBe(smallQueries)
      expect(small.body.docs).toHaveLength(1)
      expect(large.body.totalDocs).toBe(world.a.apartments.length)
      const balances = large.body.docs.map((row: { balance: number }) => row.balance)
      expect(balances).toEqual([...balances].sort((x, y) => y - x))
      expect(small.body.docs[0].balance).toBe(balances[0])
    } finally {
      pool.query = original
    }
    const filtered = await api(
      'GET',
      `financial/dashboard/apartment_balances?asOf=${AS_OF}&bucket=90%2B&minBalance=1`,
      { token },
    )
    expect(filtered.status).toBe(200)
    for (const row of filtered.body.docs) {
      expect(row.bucket).toBe('90+')
      expect(row.balance).toBeGreaterThanOrEqual(1)
    }
    const searched = await api(
      'GET',
      `financial/dashboard/apartment_balances?asOf=${AS_OF}&search=${encodeURIComponent(world.a.apartments[0].owner?.name ?? '')}`,
      { token },
    )
    expect(
      searched.body.docs.map((row: { apartment: { id: number } }) => row.apartment.id),
    ).toEqual([world.a.apartments[0].id])
  })

  it('should stream the debt report as CSV with the same totals as JSON', async () => {
    const token = world.actors.accountantA.token
    const json = await api('GET', `financial/debt-report?asOf=${AS_OF}`, { token })
    expect(json.status).toBe(200)
    const owing = expectedOpenItems()
    expect(json.body.totals.balance).toBe(owing.reduce((s, r) => s + r.open, 0) - 0)
    const csv = await api('GET', `financial/debt-report?asOf=${AS_OF}&format=csv`, { token })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = String(csv.body).trim().split('\r\n')
    expect(lines[0]).toBe(
      'building,apartment,owner,email,phone,balance,oldest_unpaid_due_date,days_overdue,not_due,days_0_30,days_31_60,days_61_90,days_90_plus',
    )
    expect(lines).toHaveLength(json.body.rows.length + 1)
    const csvTotal = lines
      .slice(1)
      .reduce((sum, line) => sum + Math.round(Number(line.split(',')[5]) * 100), 0)
    expect(csvTotal).toBe(json.body.totals.balance)
  })

  it('should refuse residents and vendors, hide other offices, and name bad parameters', async () => {
    expect(
      (await api('GET', 'financial/dashboard/overview', { token: world.actors.residentA.token }))
        .status,
    ).toBe(403)
    expect(
      (await api('GET', 'financial/dashboard/overview', { token: world.actors.vendorA.token }))
        .status,
    ).toBe(403)
    expect((await api('GET', 'financial/dashboard/overview')).status).toBe(401)
    const foreign = await api('GET', `financial/dashboard/overview?office=${world.b.office.id}`, {
      token: world.actors.adminA.token,
    })
    expect(foreign.status).toBe(404)
    const foreignBuilding = await api(
      'GET',
      `financial/dashboard/summary?building=${world.b.buildings[0].id}`,
      { token: world.actors.adminA.token },
    )
    expect(foreignBuilding.status).toBe(404)
    const unassigned = await api(
      'GET',
      `financial/dashboard/overview?building=${world.a.buildings[1].id}`,
      { token: world.actors.managerA.token },
    )
    expect(unassigned.status).toBe(404)
    const bad = await api(
      'GET',
      'financial/dashboard/apartment_balances?limit=1000&asOf=2026-02-30&bucket=old',
      { token: world.actors.adminA.token },
    )
    expect(bad.status).toBe(400)
    const paths = bad.body.errors[0].data.errors.map((e: { path: string }) => e.path).sort()
    expect(paths).toEqual(['asOf', 'bucket', 'limit'])
    const platform = await api('GET', 'financial/dashboard/overview', {
      token: world.actors.platform.token,
    })
    expect(platform.status).toBe(400)
  })
})
