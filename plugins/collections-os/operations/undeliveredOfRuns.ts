import { arrayParam, sql } from '../../../src/lib/db/transaction'
import type { SqlExecutor } from '../../../src/lib/db/transaction'

/**
 * Per run, its messages that never reached a provider: e-mails and SMS whose delivery failed or
 * died unsent (letters wait for printing and count as handed over). Derived from the deliveries
 * each time, so it is never stale: a message the retries delivered later no longer counts.
 */
export const undeliveredOfRuns = async ({
  db,
  runIds,
}: {
  db: SqlExecutor
  runIds: readonly number[]
}): Promise<Map<number, number>> => {
  if (runIds.length === 0) return new Map()
  const { rows } = await db.execute<{ count: string; run_id: number }>(sql`
    select e.run_id, count(*)::text as count
      from dunning_events e join deliveries d on d.id = e.delivery_id
     where e.run_id = any(${arrayParam(runIds, 'int[]')}) and d.channel <> 'letter' and d.sent_at is null
       and d.status in ('failed', 'dead')
     group by e.run_id`)
  return new Map(rows.map((row) => [row.run_id, Number(row.count)]))
}
