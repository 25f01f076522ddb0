import type { PayloadRequest } from 'payload'

import { arrayParam, sql } from '../../../src/lib/db/transaction'
import type { SqlExecutor } from '../../../src/lib/db/transaction'
import type { ItemValidationError } from '../engine/types'
import { auditBulk } from './bulkAudit'
import type { ClaimedItem } from './claimItems'
import type { BatchCounts, WorkerJob } from './workerJob'

export type ItemOutcome = {
  item: ClaimedItem
  status: 'skipped' | 'succeeded'
  effectType: 'bulk-exports' | 'charges' | 'deliveries'
  effectIds: number[]
  amount: number
  /** Found at execution (an effect created meanwhile by someone else): recorded like a dry-run's. */
  validationErrors?: ItemValidationError[]
}

/**
 * Records a batch's finished items in `req`'s transaction: statuses, attempts, effect ids and
 * amounts in one UPDATE, the job's counters in one, and an audit event per item that the ledger
 * did not audit already.
 */
export const completeItems = async ({
  db,
  job,
  outcomes,
  req,
}: {
  db: SqlExecutor
  job: WorkerJob
  outcomes: ItemOutcome[]
  req: PayloadRequest
}): Promise<BatchCounts> => {
  if (outcomes.length === 0) return { failed: 0, skipped: 0, succeeded: 0 }
  await db.execute(sql`
    update bulk_job_items i
       set status = x.status::enum_bulk_job_items_status, attempts = coalesce(i.attempts, 0) + 1, effect_type = x.effect_type,
           effect_ids = x.effect_ids, amount = x.amount, validation_errors = coalesce(x.validation_errors, i.validation_errors),
           error = null, finished_at = now(), updated_at = now()
      from unnest(${arrayParam(
        outcomes.map((o) => o.item.id),
        'int[]',
      )}, ${arrayParam(
        outcomes.map((o) => o.status),
        'varchar[]',
      )},
                  ${arrayParam(
                    outcomes.map((o) => o.effectType),
                    'varchar[]',
                  )}, ${arrayParam(
                    outcomes.map((o) => JSON.stringify(o.effectIds)),
                    'jsonb[]',
                  )},
                  ${arrayParam(
                    outcomes.map((o) => o.amount),
                    'numeric[]',
                  )},
                  ${arrayParam(
                    outcomes.map((o) =>
                      o.validationErrors ? JSON.stringify(o.validationErrors) : null,
                    ),
                    'jsonb[]',
                  )})
           as x(id, status, effect_type, effect_ids, amount, validation_errors)
     where i.id = x.id`)
  const counts = {
    failed: 0,
    skipped: outcomes.filter((o) => o.status === 'skipped').length,
    succeeded: outcomes.filter((o) => o.status === 'succeeded').length,
  }
  await db.execute(sql`
    update bulk_jobs set items_succeeded = coalesce(items_succeeded, 0) + ${counts.succeeded}, items_skipped = coalesce(items_skipped, 0) + ${counts.skipped},
           updated_at = now()
     where id = ${job.id}`)
  // An item that issued charges is audited by them: each charge's `charge.created` (or
  // `credit-note.created`) names the item as its origin, in this transaction. Other outcomes are
  // facts of the job alone.
  const ownFacts = outcomes.filter((o) => !(o.status === 'succeeded' && o.effectType === 'charges'))
  await auditBulk({
    items: ownFacts.map((o) => ({
      action: `bulk-job-item.${o.status}`,
      after: {
        amount: o.amount,
        apartment: o.item.apartmentId,
        effectIds: o.effectIds,
        effectType: o.effectType,
        job: job.id,
        validationErrors: o.validationErrors,
      },
      idempotencyKey: o.item.idempotencyKey,
      itemId: o.item.id,
      tenant: job.tenant,
    })),
    req,
  })
  return counts
}
