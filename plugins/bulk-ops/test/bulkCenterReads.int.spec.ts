import type { Payload } from 'payload'

import type { BulkJob, ExpenseCategory } from '../../../payload-types'
import { poolOf } from '../../../src/lib/db/poolOf'
import { stopQueue } from '../../../src/lib/queue/queueSingleton'
import { startPayload } from '../../../test/helpers/testPayload'
import { buildWorld } from '../../../test/helpers/world'
import type { Actor, World } from '../../../test/helpers/world'
import { bulkJobDetail } from '../admin/bulkJobDetail'
import { recentJobs } from '../admin/recentJobs'
import { isScopeFailure } from '../../../src/ledger/admin/resolveViewScope'
import { resolveBulkViewScope } from '../admin/resolveBulkViewScope'
import type { BulkViewScope } from '../admin/resolveBulkViewScope'
import { wizardOptions } from '../admin/wizardOptions'
import { buildingOf, reqAs, runJob, startBulkQueue } from './bulkTestKit'

/**
 * What the Bulk Center reads on the server, on a real database and a really executed job: a job's
 * items with their apartments named, its failed attempts and failed items for retry; the job list
 * and the wizard's choices narrowed to a manager's buildings; and another office's job, or a
 * manager's job on buildings not theirs, not found.
 */
let payload: Payload
let world: World
let general: ExpenseCategory
let jobA1: BulkJob
let jobA2: BulkJob
const period = '2032-03'
const trigger = `bulk_center_refuse_${process.pid}`

const scopeOf = async (actor: Actor): Promise<BulkViewScope> => {
  const scope = await resolveBulkViewScope({ req: await reqAs(payload, actor) })
  if (isScopeFailure(scope)) throw new Error(scope.message)
  return scope
}

const issue = async (building: number) => {
  await payload.create({
    collection: 'expenses',
    data: {
      amount: 10_001,
      building,
      category: general.id,
      description: `Cleaning ${period}`,
      period,
    },
    depth: 0,
  })
  return runJob({
    actor: world.actors.adminA,
    input: { action: 'common-expense-issue', scope: { buildings: [building], period } },
    payload,
  })
}

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  await startBulkQueue(payload, 'pgboss_bulk_center_reads_test')
  general = await payload.create({
    collection: 'expense-categories',
    data: { code: 'general', name: 'General', shareColumn: 'general', tenant: world.a.office.id },
    depth: 0,
  })
  // The second apartment of A1 refuses its charge, so the job completes with one failed item.
  const bad = world.a.apartments[1].id
  await poolOf(payload).query(`
    create function ${trigger}() returns trigger language plpgsql as $$
    begin
      if new.apartment_id = ${bad} then raise exception 'refused for apartment %', new.apartment_id; end if;
      return new;
    end $$;
    create trigger ${trigger} before insert on charges for each row execute function ${trigger}()`)
  try {
    jobA1 = await issue(buildingOf(world.a.apartments[0]))
  } finally {
    await poolOf(payload).query(
      `drop trigger if exists ${trigger} on charges; drop function if exists ${trigger}()`,
    )
  }
  jobA2 = await issue(buildingOf(world.a.apartments[2]))
})

afterAll(async () => {
  await stopQueue()
})

describe('bulkJobDetail', () => {
  it("should name each item's apartment and building and show the preview it was executed from", async () => {
    expect(jobA1).toMatchObject({
      itemsFailed: 1,
      itemsSucceeded: 1,
      status: 'completed-with-errors',
    })
    const detail = await bulkJobDetail({
      itemsPage: 1,
      jobId: jobA1.id,
      req: await reqAs(payload, world.actors.adminA),
    })
    expect(detail?.createdBy).toBe('admin-a')
    expect(
      detail?.items.rows.map((row) => [row.buildingName, row.apartmentLabel, row.status]),
    ).toEqual([
      ['a1', '1A', 'succeeded'],
      ['a1', '1B', 'failed'],
    ])
    expect(detail?.items.rows[0].preview).toMatchObject({
      after: 5_001,
      before: 0,
      lines: [{ amount: 5_001, category: general.id }],
    })
  })

  it('should list the failed attempts and the failed items to retry, named', async () => {
    const detail = await bulkJobDetail({
      itemsPage: 1,
      jobId: jobA1.id,
      req: await reqAs(payload, world.actors.adminA),
    })
    expect(detail?.failedItems.map((item) => [item.apartmentLabel, item.error])).toEqual([
      ['1B', expect.stringContaining('refused for apartment')],
    ])
    expect(detail?.errors).toEqual([
      expect.objectContaining({
        apartmentLabel: 'a1 · 1B',
        attempt: 1,
        code: 'db-P0001',
        itemId: detail?.failedItems[0].id,
      }),
    ])
  })

  it('should page and filter the items by status', async () => {
    const detail = await bulkJobDetail({
      itemStatus: 'failed',
      itemsPage: 1,
      jobId: jobA1.id,
      req: await reqAs(payload, world.actors.adminA),
    })
    expect(detail?.items).toMatchObject({ page: 1, totalDocs: 1, totalPages: 1 })
    expect(detail?.items.rows.map((row) => row.status)).toEqual(['failed'])
  })

  it("should not find another office's job, nor a manager's job on buildings not theirs", async () => {
    await expect(
      bulkJobDetail({
        itemsPage: 1,
        jobId: jobA1.id,
        req: await reqAs(payload, world.actors.adminB),
      }),
    ).resolves.toBeNull()
    await expect(
      bulkJobDetail({
        itemsPage: 1,
        jobId: jobA2.id,
        req: await reqAs(payload, world.actors.managerA),
      }),
    ).resolves.toBeNull()
    await expect(
      bulkJobDetail({
        itemsPage: 1,
        jobId: jobA1.id,
        req: await reqAs(payload, world.actors.managerA),
      }),
    ).resolves.not.toBeNull()
  })
})

describe('recentJobs and wizardOptions', () => {
  it("should list an office admin's office jobs newest first with their creator", async () => {
    const list = await recentJobs({
      req: await reqAs(payload, world.actors.adminA),
      scope: await scopeOf(world.actors.adminA),
    })
    expect(list.jobs.map((job) => job.id)).toEqual([jobA2.id, jobA1.id])
    expect(list.creators.get(world.actors.adminA.user.id)).toBe('admin-a')
    const withErrors = await recentJobs({
      req: await reqAs(payload, world.actors.adminA),
      scope: await scopeOf(world.actors.adminA),
      status: 'completed-with-errors',
    })
    expect(withErrors.jobs.map((job) => job.id)).toEqual([jobA1.id])
  })

  it("should show a manager only their buildings' jobs and buildings", async () => {
    const req = await reqAs(payload, world.actors.managerA)
    const scope = await scopeOf(world.actors.managerA)
    expect((await recentJobs({ req, scope })).jobs.map((job) => job.id)).toEqual([jobA1.id])
    const options = await wizardOptions({ req, scope })
    expect(options.buildings).toEqual([{ id: world.a.buildings[0].id, name: 'a1' }])
    expect(options.reversible.map((job) => job.id)).toEqual([jobA1.id])
  })

  it("should offer an office admin every building and executed charge job of the office, none of another office's", async () => {
    const options = await wizardOptions({
      req: await reqAs(payload, world.actors.adminA),
      scope: await scopeOf(world.actors.adminA),
    })
    expect(options.buildings.map((building) => building.name)).toEqual(['a1', 'a2'])
    expect(options.reversible.map((job) => job.id)).toEqual([jobA2.id, jobA1.id])
    const other = await wizardOptions({
      req: await reqAs(payload, world.actors.adminB),
      scope: await scopeOf(world.actors.adminB),
    })
    expect(other.buildings.map((building) => building.name)).toEqual(['b1', 'b2'])
    expect(other.reversible).toEqual([])
  })
})
