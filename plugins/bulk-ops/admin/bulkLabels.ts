import type { BulkAction, BulkItemStatus, BulkJobStatus } from '../constants'

export type PillStyle = 'error' | 'light-gray' | 'success' | 'warning'

export const ACTION_LABELS: Record<BulkAction, string> = {
  'common-expense-issue': 'Issue common expenses',
  export: 'Export balances',
  'recurring-expenses': 'Issue recurring expenses',
  reminders: 'Send reminders',
  reversal: 'Reverse a job',
}

export const JOB_STATUS_LABELS: Record<BulkJobStatus, string> = {
  cancelled: 'Cancelled',
  completed: 'Completed',
  'completed-with-errors': 'Completed with errors',
  draft: 'Draft',
  'dry-run-ready': 'Dry-run ready',
  executing: 'Executing',
  failed: 'Failed',
}

export const JOB_STATUS_PILLS: Record<BulkJobStatus, PillStyle> = {
  cancelled: 'light-gray',
  completed: 'success',
  'completed-with-errors': 'warning',
  draft: 'light-gray',
  'dry-run-ready': 'light-gray',
  executing: 'warning',
  failed: 'error',
}

export const ITEM_STATUS_PILLS: Record<BulkItemStatus, PillStyle> = {
  failed: 'error',
  pending: 'light-gray',
  skipped: 'light-gray',
  succeeded: 'success',
}

/** The parameters a job stores, named for people; an unknown key shows as it is. */
export const PARAMETER_LABELS: Record<string, string> = {
  channel: 'Channel',
  columns: 'Columns',
  dueDate: 'Due date',
  job: 'Reverses job',
  subject: 'Subject',
  template: 'Message',
}

/** Which of the wizard's four steps a job is at; null for a cancelled job, which has none. */
export const wizardStepOf = (status: BulkJobStatus | undefined): 1 | 2 | 3 | 4 | null => {
  switch (status) {
    case undefined:
      return 1
    case 'draft':
    case 'dry-run-ready':
      return 2
    case 'executing':
      return 3
    case 'cancelled':
      return null
    default:
      return 4
  }
}

/** A duration for people: `0.4 s`, `42 s`, `3 min 5 s`, `1 h 2 min`. */
export const durationLabel = (seconds: null | number): string => {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '—'
  if (seconds < 10) return `${Math.round(seconds * 10) / 10} s`
  const whole = Math.round(seconds)
  if (whole < 60) return `${whole} s`
  if (whole < 3_600) return `${Math.floor(whole / 60)} min ${whole % 60} s`
  return `${Math.floor(whole / 3_600)} h ${Math.floor((whole % 3_600) / 60)} min`
}

export type JobCounters = {
  itemsFailed?: null | number
  itemsSkipped?: null | number
  itemsSucceeded?: null | number
  itemsTotal?: null | number
}

/**
 * How far an execution is: items finished (succeeded, failed or skipped, the last including the
 * items the dry-run planned as skipped) out of all, as a whole percentage that reaches 100 only
 * when every item is done.
 */
export const progressOf = (job: JobCounters): { done: number; percent: number; total: number } => {
  const total = Math.max(0, job.itemsTotal ?? 0)
  const done = Math.min(
    total,
    (job.itemsSucceeded ?? 0) + (job.itemsFailed ?? 0) + (job.itemsSkipped ?? 0),
  )
  if (total === 0) return { done: 0, percent: 100, total: 0 }
  const percent = done === total ? 100 : Math.min(99, Math.floor((done / total) * 100))
  return { done, percent, total }
}
