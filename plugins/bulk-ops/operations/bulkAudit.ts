import type { PayloadRequest } from 'payload'

import { writeAuditEvents } from '../../../src/lib/audit/writeAuditEvents'
import type { AuditEventInput } from '../../../src/lib/audit/types'
import { BULK_JOB_ITEMS, BULK_JOBS } from '../constants'

/** Who the worker's events name: the system, acting on a job someone executed. */
export const BULK_SYSTEM_ACTOR = 'system:bulk-ops'

type JobEvent = { action: string; after?: unknown; before?: unknown; jobId: number; tenant: number }
type ItemEvent = {
  action: string
  after?: unknown
  idempotencyKey: string
  itemId: number
  tenant: number
}

/**
 * Audit events of jobs and items, batched into one call (one INSERT per 1,000 events), in
 * `req`'s transaction and under the current trace (the job's own trace in the worker). Item
 * events are the system's; job events are the acting user's when there is one.
 */
export const auditBulk = async ({
  items = [],
  jobs = [],
  req,
}: {
  items?: ItemEvent[]
  jobs?: JobEvent[]
  req: PayloadRequest
}): Promise<void> => {
  const events: AuditEventInput[] = [
    ...items.map((event) => ({
      action: event.action,
      actorLabel: BULK_SYSTEM_ACTOR,
      after: event.after,
      entityId: event.itemId,
      entityType: BULK_JOB_ITEMS,
      idempotencyKey: event.idempotencyKey,
      tenant: event.tenant,
    })),
    ...jobs.map((event) => ({
      action: event.action,
      actorLabel: req.user ? undefined : BULK_SYSTEM_ACTOR,
      after: event.after,
      before: event.before,
      entityId: event.jobId,
      entityType: BULK_JOBS,
      idempotencyKey: `bulk-job:${event.jobId}:${event.action}`,
      tenant: event.tenant,
    })),
  ]
  await writeAuditEvents({ events, req })
}
