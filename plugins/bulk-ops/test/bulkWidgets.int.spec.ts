import type { Payload } from 'payload'

import type { Building } from '../../../payload-types'
import { idOf } from '../../../src/access/scopeOf'
import { startPayload } from '../../../test/helpers/testPayload'
import { buildWorld } from '../../../test/helpers/world'
import type { World } from '../../../test/helpers/world'
import { bulkWidgets } from '../admin/bulkWidgets'
import { isScopeFailure } from '../../../src/ledger/admin/resolveViewScope'
import { resolveBulkViewScope } from '../admin/resolveBulkViewScope'
import { BULK_JOBS } from '../constants'
import type { BulkJobStatus } from '../constants'
import { reqAs } from './bulkTestKit'

/**
 * The office dashboard's bulk widgets (NC-305) on a real database: active jobs, recent failures
 * with their failed items, and the mean run time of the latest executions, narrowed for managers
 * to the jobs of their buildings and never counting another office's jobs.
 */
let payload: Payload
let world: World

const SECOND = 1_000
const DAY = 86_400 * SECOND
const ago = (ms: number) => new Date(Date.now() - ms).toISOString()

/** A job as the workers leave it: its status, when it ran (`startedAgo` .. `finishedAgo`) and its failed items. */
const job = (
  building: Building,
  status: BulkJobStatus,
  {
    finishedAgo,
    itemsFailed = 0,
    ranFor,
  }: { finishedAgo?: number; itemsFailed?: number; ranFor?: number } = {},
) =>
  payload.create({
    collection: BULK_JOBS,
    data: {
      action: 'common-expense-issue',
      finishedAt: finishedAgo === undefined ? undefined : ago(finishedAgo),
      itemsFailed,
      scope: { buildings: [building.id], period: '2031-01' },
      startedAt:
        finishedAgo === undefined
          ? status === 'executing'
            ? ago(5 * SECOND)
            : undefined
          : ago(finishedAgo + (ranFor ?? 0)),
      status,
      tenant: idOf(building.tenant) as number,
    },
    depth: 0,
  })

const a1 = () => world.a.buildings[0]
const a2 = () => world.a.buildings[1]
const widgetsOf = (
  officeId: number,
  buildingIds: null | number[],
  extra: { sample?: number } = {},
) => bulkWidgets({ buildingIds, officeId, req: { payload, transactionID: undefined }, ...extra })

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  await job(a1(), 'executing')
  await job(a2(), 'dry-run-ready')
  await job(a1(), 'draft')
  await job(a2(), 'cancelled')
  await job(a1(), 'completed', { finishedAgo: 50 * SECOND, ranFor: 60 * SECOND })
  await job(a2(), 'completed-with-errors', {
    finishedAgo: 40 * SECOND,
    itemsFailed: 3,
    ranFor: 120 * SECOND,
  })
  await job(a1(), 'failed', { finishedAgo: 30 * SECOND, itemsFailed: 2, ranFor: 30 * SECOND })
  // Outside the 30-day window: not a recent failure, but still one of the latest runs.
  await job(a2(), 'completed-with-errors', {
    finishedAgo: 40 * DAY,
    itemsFailed: 5,
    ranFor: 90 * SECOND,
  })
  // Another office's jobs, which office A must never count.
  await job(world.b.buildings[0], 'executing')
  await job(world.b.buildings[0], 'failed', {
    finishedAgo: 10 * SECOND,
    itemsFailed: 7,
    ranFor: 10 * SECOND,
  })
})

describe('bulkWidgets', () => {
  it("should count an office's active jobs, recent failures with their failed items, and the mean run time", async () => {
    const widgets = await widgetsOf(world.a.office.id, null)
    expect(widgets).toMatchObject({
      activeJobs: 1,
      awaitingExecution: 1,
      failedItems: 5,
      failedJobs: 1,
      finishedSampled: 4,
      jobsWithErrors: 1,
      windowDays: 30,
    })
    // (60 + 120 + 30 + 90) / 4 seconds
    expect(widgets.averageCompletionSeconds).toBeCloseTo(75, 1)
  })

  it('should average only the latest finished runs when asked for a sample', async () => {
    const widgets = await widgetsOf(world.a.office.id, null, { sample: 2 })
    expect(widgets.finishedSampled).toBe(2)
    // The two that finished last: the failed one (30 s) and the one with errors (120 s).
    expect(widgets.averageCompletionSeconds).toBeCloseTo(75, 1)
    const latest = await widgetsOf(world.a.office.id, null, { sample: 1 })
    expect(latest.averageCompletionSeconds).toBeCloseTo(30, 1)
  })

  it('should show a manager only the jobs of their buildings', async () => {
    const widgets = await widgetsOf(world.a.office.id, [a1().id])
    expect(widgets).toMatchObject({
      activeJobs: 1,
      awaitingExecution: 0,
      failedItems: 2,
      failedJobs: 1,
      finishedSampled: 2,
      jobsWithErrors: 0,
    })
    expect(widgets.averageCompletionSeconds).toBeCloseTo(45, 1)
  })

  it("should never count another office's jobs", async () => {
    const widgets = await widgetsOf(world.b.office.id, null)
    expect(widgets).toMatchObject({
      activeJobs: 1,
      awaitingExecution: 0,
      failedItems: 7,
      failedJobs: 1,
      finishedSampled: 1,
      jobsWithErrors: 0,
    })
  })

  it('should answer zeros and no average for an office without jobs', async () => {
    const fresh = await payload.create({
      collection: 'offices',
      data: {
        currency: 'EUR',
        locale: 'en',
        name: `Empty ${world.a.office.id}`,
        slug: `empty-bulk-${world.a.office.id}`,
        timezone: 'Europe/Athens',
      },
    })
    expect(await widgetsOf(fresh.id, null)).toEqual({
      activeJobs: 0,
      averageCompletionSeconds: null,
      awaitingExecution: 0,
      failedItems: 0,
      failedJobs: 0,
      finishedSampled: 0,
      jobsWithErrors: 0,
      windowDays: 30,
    })
  })
})

describe('resolveBulkViewScope', () => {
  it('should give an office admin their office and a manager their buildings', async () => {
    const admin = await resolveBulkViewScope({ req: await reqAs(payload, world.actors.adminA) })
    expect(admin).toMatchObject({
      buildingIds: null,
      officeId: world.a.office.id,
      officeName: world.a.office.name,
    })
    const manager = await resolveBulkViewScope({ req: await reqAs(payload, world.actors.managerA) })
    expect(manager).toMatchObject({ buildingIds: [a1().id], officeId: world.a.office.id })
  })

  it("should answer another office's id, asked for or selected, as not found", async () => {
    const req = await reqAs(payload, world.actors.adminA)
    const asked = await resolveBulkViewScope({ office: world.b.office.id, req })
    expect(isScopeFailure(asked) && asked.status).toBe(404)
    // A selector cookie naming a foreign office is ignored: the user's own office is shown.
    const selected = await resolveBulkViewScope({ req, selectedOffice: String(world.b.office.id) })
    expect(selected).toMatchObject({ officeId: world.a.office.id })
  })

  it('should refuse residents', async () => {
    const scope = await resolveBulkViewScope({ req: await reqAs(payload, world.actors.residentA) })
    expect(isScopeFailure(scope) && scope.status).toBe(403)
  })

  it('should answer an office where Bulk Ops is switched off as not found', async () => {
    await payload.update({
      collection: 'offices',
      data: { featureFlags: { bulkOps: 'off' } },
      id: world.a.office.id,
    })
    try {
      const scope = await resolveBulkViewScope({ req: await reqAs(payload, world.actors.adminA) })
      expect(isScopeFailure(scope) && scope.status).toBe(404)
    } finally {
      await payload.update({
        collection: 'offices',
        data: { featureFlags: { bulkOps: 'inherit' } },
        id: world.a.office.id,
      })
    }
  })
})
