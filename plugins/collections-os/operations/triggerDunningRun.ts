import type { Payload } from 'payload'

import { enqueue } from '../../../src/lib/queue/enqueue'
import { DUNNING_POLICIES, DUNNING_RUNS } from '../constants'
import { DUNNING_RUN_TASK } from '../tasks/dunningRunTask'

/** Records a queued run of a policy and hands it to the queue; the worker executes it. */
export const triggerDunningRun = async ({
  building,
  isDryRun = false,
  payload,
  policyId,
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
  /** The cron occurrence a scheduled run is for (unique per policy). */
  scheduledFor?: string
  trigger: 'manual' | 'scheduled'
}) => {
  const policy = await payload.findByID({ collection: DUNNING_POLICIES, depth: 0, id: policyId })
  const run = await payload.create({
    collection: DUNNING_RUNS,
    data: {
      building: building ?? (policy.building as number | undefined),
      isDryRun,
      policy: policyId,
      scheduledFor,
      status: 'queued',
      tenant: policy.tenant as number,
      trigger,
    },
    depth: 0,
  })
  await enqueue({ data: { runId: run.id }, key: `dunning-run:${run.id}`, name: DUNNING_RUN_TASK })
  return run
}
