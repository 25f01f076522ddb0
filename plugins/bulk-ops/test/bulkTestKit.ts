import { createLocalReq } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import type { Apartment, BulkJob } from '../../../payload-types'
import { poolOf } from '../../../src/lib/db/poolOf'
import { deliverNotificationTask } from '../../../src/lib/notifications/deliverNotificationTask'
import { startQueue } from '../../../src/lib/queue/queueSingleton'
import type { Actor } from '../../../test/helpers/world'
import { createBulkJob } from '../operations/createBulkJob'
import { dryRunBulkJob } from '../operations/dryRunBulkJob'
import { executeBulkJob } from '../operations/executeBulkJob'
import { processBulkJob } from '../operations/processBulkJob'
import { bulkExecuteTask } from '../tasks/bulkExecuteTask'

/** A request acting as `actor`, as an endpoint would pass it (one per call: requests never share a transaction). */
export const reqAs = (payload: Payload, actor: Actor): Promise<PayloadRequest> =>
  createLocalReq({ user: { ...actor.user, collection: 'users' } }, payload)

/**
 * A queue in a schema of the test file's own, without workers: execute and retry really enqueue,
 * and the test plays the worker by calling `processBulkJob`.
 */
export const startBulkQueue = (payload: Payload, schema: string) =>
  startQueue({
    connection: { schema },
    payload,
    tasks: [bulkExecuteTask(), deliverNotificationTask],
    workers: false,
  })

export const buildingOf = (apartment: Apartment): number =>
  typeof apartment.building === 'number' ? apartment.building : apartment.building.id

/** Create, dry-run, execute and work a job as `actor`; the job as it ended. */
export const runJob = async ({
  actor,
  input,
  payload,
}: {
  actor: Actor
  input: unknown
  payload: Payload
}): Promise<BulkJob> => {
  const job = await createBulkJob({ input, req: await reqAs(payload, actor) })
  await dryRunBulkJob({ jobId: job.id, req: await reqAs(payload, actor) })
  await executeBulkJob({ jobId: job.id, req: await reqAs(payload, actor) })
  await processBulkJob({ jobId: job.id, payload })
  return (await payload.findByID({ collection: 'bulk-jobs', depth: 0, id: job.id })) as BulkJob
}

/** The stored rows of a job's items, by apartment. */
export const itemsOf = async (payload: Payload, jobId: number) => {
  const { rows } = await poolOf(payload).query<{
    amount: string
    apartment_id: number
    attempts: string
    effect_ids: number[] | null
    finished_at: null | Date
    id: number
    status: string
    updated_at: Date
    validation_errors: { code: string }[] | null
  }>(
    `select id, apartment_id, status, amount, attempts, effect_ids, validation_errors, finished_at, updated_at from bulk_job_items where job_id = $1 order by id`,
    [jobId],
  )
  return rows
}

/** Each apartment's balance (cents) as the ledger keeps it. */
export const balancesOf = async (
  payload: Payload,
  apartmentIds: number[],
): Promise<Record<number, number>> => {
  const { rows } = await poolOf(payload).query<{ apartment_id: number; balance: string }>(
    `select a.id as apartment_id, coalesce(b.balance, 0) as balance from apartments a left join apartment_balances b on b.apartment_id = a.id where a.id = any($1::int[])`,
    [apartmentIds],
  )
  return Object.fromEntries(rows.map((row) => [row.apartment_id, Number(row.balance)]))
}
