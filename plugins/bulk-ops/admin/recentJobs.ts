import type { PayloadRequest, Where } from 'payload'

import type { BulkJob } from '../../../payload-types'
import { idOf } from '../../../src/access/scopeOf'
import { BULK_JOBS } from '../constants'
import type { BulkJobStatus } from '../constants'
import type { BulkViewScope } from './resolveBulkViewScope'

export type JobListPage = {
  /** Who created each job, by user id (absent when the user is gone). */
  creators: Map<number, string>
  jobs: BulkJob[]
  page: number
  totalDocs: number
  totalPages: number
}

/**
 * A page of the office's jobs, newest first, as the user's read access on jobs allows (a manager
 * sees the jobs touching their buildings), with their creators' names: two reads whatever the
 * page's size.
 */
export const recentJobs = async ({
  limit = 10,
  page = 1,
  req,
  scope,
  status,
}: {
  limit?: number
  page?: number
  req: PayloadRequest
  scope: BulkViewScope
  status?: BulkJobStatus
}): Promise<JobListPage> => {
  const where: Where[] = [{ tenant: { equals: scope.officeId } }]
  if (status) where.push({ status: { equals: status } })
  const result = await req.payload.find({
    collection: BULK_JOBS,
    depth: 0,
    limit,
    overrideAccess: false,
    page,
    req,
    sort: '-createdAt',
    user: req.user,
    where: { and: where },
  })
  const jobs = result.docs as BulkJob[]
  return {
    creators: await creatorNames({ jobs, req }),
    jobs,
    page: result.page ?? page,
    totalDocs: result.totalDocs,
    totalPages: Math.max(1, result.totalPages),
  }
}

/**
 * The creators' names only. Read without the user's access on purpose: a manager may not read
 * the office's user records, yet seeing who started a job they may see is part of the job.
 */
export const creatorNames = async ({
  jobs,
  req,
}: {
  jobs: Pick<BulkJob, 'createdBy'>[]
  req: PayloadRequest
}): Promise<Map<number, string>> => {
  const ids = [
    ...new Set(jobs.map((job) => idOf(job.createdBy)).filter((id): id is number => id !== null)),
  ]
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'users',
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    select: { name: true },
    where: { id: { in: ids } },
  })
  return new Map(docs.map((user) => [user.id, user.name || `User #${user.id}`]))
}
