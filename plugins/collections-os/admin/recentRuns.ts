import type { PayloadRequest } from 'payload'

import type { DunningRun } from '../../../payload-types'

import { idOf } from '../../../src/access/scopeOf'
import type { FinancialScope } from '../../../src/ledger/operations/financialScope'
import { dbFor } from '../../../src/lib/db/transaction'
import { DUNNING_RUNS } from '../constants'
import type { RUN_STATUSES } from '../constants'
import { undeliveredOfRuns } from '../operations/undeliveredOfRuns'

export type RunStatus = (typeof RUN_STATUSES)[number]

export type RunSummary = {
  attempts: number
  buildingId: null | number
  contacted: number
  error: null | string
  evaluated: number
  finishedAt: null | string
  id: number
  isDryRun: boolean
  policyId: null | number
  /** Who ran it by hand: their e-mail when the viewer may read their user, else `user #id`. */
  requestedBy: null | string
  /** Its messages that never reached a provider (`undeliveredOfRuns`). */
  undelivered: number
  startedAt: null | string
  status: RunStatus
  trigger: 'manual' | 'scheduled'
}

export type RunsPage = { page: number; runs: RunSummary[]; totalPages: number }

/** Runs still in the queue's hands: the view polls while one of these is on the page. */
export const isRunActive = (status: RunStatus): boolean =>
  status === 'queued' || status === 'running'

/**
 * The office's runs, newest first, as the user's read access on runs allows (a manager sees the
 * runs of their buildings' overrides): one Local API read, access enforced by Payload.
 */
export const recentRuns = async ({
  limit = 10,
  page = 1,
  req,
  scope,
}: {
  limit?: number
  page?: number
  req: PayloadRequest
  scope: FinancialScope
}): Promise<RunsPage> => {
  const result = await req.payload.find({
    collection: DUNNING_RUNS,
    depth: 0,
    limit,
    overrideAccess: false,
    page,
    req,
    sort: '-createdAt',
    user: req.user,
    where: { tenant: { equals: scope.officeId } },
  })
  const requesterIds = [
    ...new Set(
      result.docs.map((run) => idOf(run.requestedBy)).filter((id): id is number => id !== null),
    ),
  ]
  const requesters =
    requesterIds.length === 0
      ? []
      : (
          await req.payload.find({
            collection: 'users',
            depth: 0,
            limit: requesterIds.length,
            overrideAccess: false,
            req,
            select: { email: true },
            user: req.user,
            where: { id: { in: requesterIds } },
          })
        ).docs
  const emails = new Map(requesters.map((user) => [user.id, user.email]))
  const undelivered = await undeliveredOfRuns({
    db: await dbFor(req),
    runIds: result.docs.map((run) => run.id),
  })
  return {
    page: result.page ?? page,
    runs: result.docs.map((run) => recentRunSummary(run, { emails, undelivered })),
    totalPages: Math.max(1, result.totalPages),
  }
}

/** A stored run as the view shows it (counters are numeric columns, read as numbers). */
export const recentRunSummary = (
  run: DunningRun,
  {
    emails = new Map(),
    undelivered = new Map(),
  }: { emails?: ReadonlyMap<number, string>; undelivered?: ReadonlyMap<number, number> } = {},
): RunSummary => ({
  attempts: Number(run.attempts ?? 0),
  buildingId: idOf(run.building),
  contacted: Number(run.contacted ?? 0),
  error: run.error ?? null,
  evaluated: Number(run.evaluated ?? 0),
  finishedAt: run.finishedAt ?? null,
  id: run.id,
  isDryRun: Boolean(run.isDryRun),
  policyId: idOf(run.policy),
  requestedBy: requesterLabel(idOf(run.requestedBy), emails),
  startedAt: run.startedAt ?? null,
  status: run.status,
  trigger: run.trigger,
  undelivered: undelivered.get(run.id) ?? 0,
})

const requesterLabel = (id: null | number, emails: ReadonlyMap<number, string>): null | string =>
  id === null ? null : (emails.get(id) ?? `user #${id}`)
