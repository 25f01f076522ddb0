import { BulkExports } from './BulkExports'
import { BulkJobErrors } from './BulkJobErrors'
import { BulkJobItems } from './BulkJobItems'
import { BulkJobs } from './BulkJobs'
import { BulkTemplates } from './BulkTemplates'

/** Every collection the plugin adds; present whatever the flag, so the schema never depends on it. */
export const bulkOpsCollections = [
  BulkJobs,
  BulkJobItems,
  BulkJobErrors,
  BulkTemplates,
  BulkExports,
]
