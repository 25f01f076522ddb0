import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { nobody } from '../../../src/access/nobody'
import { readEnv } from '../../../src/lib/env'
import { BULK_EXPORTS, BULK_JOBS } from '../constants'
import { readBulkExports } from './readBulkExports'

/**
 * CSV files written by `export` jobs (stored under UPLOADS_DIR), downloadable by the office's
 * admins and accountants and by the manager who ran the export.
 */
export const BulkExports: CollectionConfig<typeof BULK_EXPORTS> = {
  slug: BULK_EXPORTS,
  access: {
    create: nobody,
    delete: nobody,
    read: readBulkExports,
    update: nobody,
  },
  admin: { group: 'Bulk Ops' },
  fields: [
    { name: 'job', type: 'relationship', relationTo: BULK_JOBS },
    { name: 'rows', type: 'number' },
  ],
  upload: {
    mimeTypes: ['text/csv'],
    staticDir: path.resolve(readEnv().uploadsDir, 'bulk-exports'),
  },
}
