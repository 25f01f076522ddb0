import { idsOf } from '../../../src/access/scopeOf'
import type { BulkJob } from '../../../payload-types'
import type { JobScope } from '../engine/types'

/** A stored job's scope as plain ids. */
export const jobScopeOf = (job: Pick<BulkJob, 'scope'>): JobScope => ({
  apartments: idsOf(job.scope?.apartments),
  buildings: idsOf(job.scope?.buildings),
  period: job.scope?.period ?? null,
})
