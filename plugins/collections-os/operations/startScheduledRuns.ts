import type { Payload } from 'payload'

import { readEnv } from '../../../src/lib/env'
import { isFeatureEnabled } from '../../../src/lib/flags/isFeatureEnabled'
import { DUNNING_POLICIES, DUNNING_RUNS } from '../constants'
import { latestOccurrence } from '../engine/latestOccurrence'
import { triggerDunningRun } from './triggerDunningRun'

/**
 * Starts a scheduled run for every active policy whose cron has a recent occurrence without a run,
 * in offices where Collections OS is on. The run's (policy, scheduledFor) is unique, so two
 * instances or a retried tick start it once.
 */
export const startScheduledRuns = async ({
  now,
  payload,
}: {
  now: Date
  payload: Payload
}): Promise<number[]> => {
  const { docs: policies } = await payload.find({
    collection: DUNNING_POLICIES,
    depth: 0,
    pagination: false,
    where: { and: [{ isActive: { equals: true } }, { schedule: { exists: true } }] },
  })
  const flags = readEnv().flags
  const started: number[] = []
  for (const policy of policies) {
    const occurrence = policy.schedule ? latestOccurrence({ cron: policy.schedule, now }) : null
    if (!occurrence) continue
    const office = await payload.findByID({
      collection: 'offices',
      depth: 0,
      id: policy.tenant as number,
    })
    if (!isFeatureEnabled({ flag: 'ENABLE_COLLECTIONS_OS', flags, office })) continue
    const existing = await payload.count({
      collection: DUNNING_RUNS,
      where: {
        and: [
          { policy: { equals: policy.id } },
          { scheduledFor: { equals: occurrence.toISOString() } },
        ],
      },
    })
    if (existing.totalDocs > 0) continue
    try {
      const run = await triggerDunningRun({
        payload,
        policyId: policy.id,
        scheduledFor: occurrence.toISOString(),
        trigger: 'scheduled',
      })
      started.push(run.id)
    } catch (err) {
      // Another instance created it between the count and the insert: the unique index said no.
      payload.logger.info({
        err,
        msg: `dunning: run for policy ${policy.id} at ${occurrence.toISOString()} already exists`,
      })
    }
  }
  return started
}
