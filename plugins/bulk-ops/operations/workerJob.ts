import type { BulkAction } from '../constants'

/** The job as the worker's steps need it. */
export type WorkerJob = {
  id: number
  action: BulkAction
  parameters: unknown
  tenant: number
  timezone: string
}

/** What a batch did, counted into `bulk_job_items_total` once its transaction committed. */
export type BatchCounts = { failed: number; skipped: number; succeeded: number }
