import { AGING_EDGES, OPEN_ENDED_BUCKET } from '../../../src/ledger/engine/agingBucket'
import type { StepThreshold } from './types'

/**
 * The days past due at which a step starts to apply. A bucket threshold starts on the bucket's
 * first day, derived from the ledger's `AGING_EDGES`, so a step "at 31-60" fires exactly when
 * the ledger's aging (and the collections queue) first shows the apartment in 31-60.
 */
export const stepThresholdDays = (threshold: StepThreshold): number => {
  if (threshold.type === 'days') return threshold.minDaysOverdue
  if (threshold.bucket === OPEN_ENDED_BUCKET) return AGING_EDGES[AGING_EDGES.length - 1].lastDay + 1
  const index = AGING_EDGES.findIndex((edge) => edge.bucket === threshold.bucket)
  if (index < 1) throw new RangeError(`${threshold.bucket} is not an overdue bucket`)
  return AGING_EDGES[index - 1].lastDay + 1
}
