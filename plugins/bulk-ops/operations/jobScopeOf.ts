import { idOf } from '../../../src/access/scopeOf'
import type { BulkJob } from '../../../payload-types'
import type { JobScope } from '../engine/types'

const ids = (values: readonly unknown[] | null | undefined): number[] =>
  (values ?? []).map((value) => idOf(value as never)).filter((id): id is number => id !== null)

/** A stored job's scope as plain ids. */
export const jobScopeOf = (job: Pick<BulkJob, 'scope'>): JobScope => ({
  apartments: ids(job.scope?.apartments),
  buildings: ids(job.scope?.buildings),
  period: job.scope?.period ?? null,
})
