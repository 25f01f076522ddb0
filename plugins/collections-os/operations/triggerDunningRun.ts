import { createLocalReq } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../../../src/access/scopeOf'
import { writeAuditEvent } from '../../../src/lib/audit/writeAuditEvents'
import { inTransaction } from '../../../src/lib/db/inTransaction'
import { enqueue } from '../../../src/lib/queue/enqueue'
import { DUNNING_POLICIES, DUNNING_RUNS } from '../constants'
import { DUNNING_RUN_TASK } from '../tasks/dunningRunTask'

/**
 * Records a queued run of a policy and hands it to the queue; the worker executes it. A manual
 * run names who asked for it (`requestedBy`) and is audited with them as the actor, in the
 * transaction that creates it; the job is queued after the commit, so the worker finds the run.
 */
export const triggerDunningRun = async ({
  building,
  isDryRun = false,
  payload,
  policyId,
  requestedBy,
  scheduledFor,
  trigger,
}: {
  /**
   * Confine the run to one building of the policy's office (a manual run of an office default).
   * @default the policy's own building (null for an office default)
   */
  building?: number
  isDryRun?: boolean
  payload: Payload
  policyId: number
  /** The user who asked for a manual run (the caller of the endpoint). */
  requestedBy?: PayloadRequest['user']
  /** The cron occurrence a scheduled run is for (unique per policy). */
  scheduledFor?: string
  trigger: 'manual' | 'scheduled'
}) => {
  const policy = await payload.findByID({ collection: DUNNING_POLICIES, depth: 0, id: policyId })
  const req = await createLocalReq({ user: requestedBy ?? undefined }, payload)
  const office = idOf(policy.tenant) as number
  const run = await inTransaction(req, async () => {
    const created = await payload.create({
      collection: DUNNING_RUNS,
      data: {
        building: building ?? idOf(policy.building) ?? undefined,
        isDryRun,
        policy: policyId,
        requestedBy: requestedBy?.collection === 'users' ? Number(requestedBy.id) : undefined,
        scheduledFor,
        status: 'queued',
        tenant: office,
        trigger,
      },
      depth: 0,
      req,
    })
    if (trigger === 'manual') {
      await writeAuditEvent({
        event: {
          action: 'dunning-run.requested',
          after: {
            building: created.building ?? null,
            isDryRun: created.isDryRun ?? false,
            policy: policyId,
            status: created.status,
          },
          entityId: created.id,
          entityType: DUNNING_RUNS,
          tenant: office,
        },
        req,
      })
    }
    return created
  })
  // After the commit, so the worker finds the run.
  await enqueue({ data: { runId: run.id }, key: `dunning-run:${run.id}`, name: DUNNING_RUN_TASK })
  return run
}
