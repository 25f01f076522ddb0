/** Slugs and vocabularies of the Bulk Ops plugin, shared by code and tests. */
export const BULK_JOBS = 'bulk-jobs'
export const BULK_JOB_ITEMS = 'bulk-job-items'
export const BULK_JOB_ERRORS = 'bulk-job-errors'
export const BULK_TEMPLATES = 'bulk-templates'
export const BULK_EXPORTS = 'bulk-exports'

/** What a job does to each item of its scope. */
export const BULK_ACTIONS = [
  'common-expense-issue',
  'recurring-expenses',
  'reminders',
  'export',
  'reversal',
] as const
export type BulkAction = (typeof BULK_ACTIONS)[number]

/**
 * A job's life: `draft` (scope and parameters set) -> `dry-run-ready` (plan persisted, hash taken)
 * -> `executing` -> `completed` | `completed-with-errors` (some items failed; retryable) |
 * `failed` (the job itself could not run). `cancelled` from draft or dry-run-ready.
 */
export const BULK_JOB_STATUSES = [
  'draft',
  'dry-run-ready',
  'executing',
  'completed',
  'completed-with-errors',
  'failed',
  'cancelled',
] as const
export type BulkJobStatus = (typeof BULK_JOB_STATUSES)[number]

export const BULK_ITEM_STATUSES = ['pending', 'succeeded', 'failed', 'skipped'] as const
export type BulkItemStatus = (typeof BULK_ITEM_STATUSES)[number]
