import { arrayParam, sql } from '../../../src/lib/db/transaction'
import type { SQL } from '../../../src/lib/db/transaction'

/**
 * Whether the job aliased `job` covers buildings and only buildings among `buildingIds`: what a
 * manager may see of a job. Payload's `in` on a has-many relationship means "any of", which
 * would show a manager of buildings 1 and 2 a job that also covers building 3, with building 3's
 * figures; this is the "all of" the read access and the dashboard widgets share.
 */
export const jobWithinBuildings = (job: SQL, buildingIds: readonly number[]): SQL => sql`(
  exists (select 1 from bulk_jobs_rels r where r.parent_id = ${job}.id and r.path = 'scope.buildings')
  and not exists (
    select 1 from bulk_jobs_rels r
     where r.parent_id = ${job}.id and r.path = 'scope.buildings'
       and not (r.buildings_id = any(${arrayParam(buildingIds, 'int[]')}))
  ))`
