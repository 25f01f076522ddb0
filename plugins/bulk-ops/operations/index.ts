/**
 * The Bulk Ops use cases, for the API and the admin views: each takes `{ req, ... }` with the
 * acting user on `req` and throws `BulkJobError` (code -> HTTP status in `BULK_JOB_ERROR_STATUS`).
 */
export { BULK_JOB_ERROR_STATUS, BulkJobError } from './bulkJobError'
export { bulkJobItemsPage } from './bulkJobItemsPage'
export { cancelBulkJob } from './cancelBulkJob'
export { createBulkJob } from './createBulkJob'
export { type DryRunResult, dryRunBulkJob } from './dryRunBulkJob'
export { executeBulkJob } from './executeBulkJob'
export { type BulkJobView, getBulkJob } from './getBulkJob'
export { type ProcessResult, processBulkJob } from './processBulkJob'
export { retryBulkJob } from './retryBulkJob'
