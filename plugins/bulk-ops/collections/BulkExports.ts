import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { FINANCIAL_WRITERS } from '../../../src/access/financialWriters'
import { nobody } from '../../../src/access/nobody'
import { readScopedToRoles } from '../../../src/access/readScopedToRoles'
import { readEnv } from '../../../src/lib/env'
import { BULK_EXPORTS, BULK_JOBS } from '../constants'

/** CSV files written by `export` jobs, downloadable by the office's staff (stored under UPLOADS_DIR). */
export const BulkExports: CollectionConfig = {
  slug: BULK_EXPORTS,
  access: {
    create: nobody,
    delete: nobody,
    read: readScopedToRoles({ fields: { office: 'tenant' }, readers: FINANCIAL_WRITERS }),
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
