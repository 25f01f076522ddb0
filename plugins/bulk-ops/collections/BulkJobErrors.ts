import type { CollectionConfig } from 'payload'

import { FINANCIAL_WRITERS } from '../../../src/access/financialWriters'
import { nobody } from '../../../src/access/nobody'
import { readScopedToRoles } from '../../../src/access/readScopedToRoles'
import { BULK_JOB_ERRORS, BULK_JOB_ITEMS, BULK_JOBS } from '../constants'

/** Every failed attempt of an item, kept after a retry succeeds, so the history stays readable. */
export const BulkJobErrors: CollectionConfig<typeof BULK_JOB_ERRORS> = {
  slug: BULK_JOB_ERRORS,
  access: {
    create: nobody,
    delete: nobody,
    read: readScopedToRoles({
      fields: { building: 'building', office: 'tenant' },
      readers: [...FINANCIAL_WRITERS, 'manager'],
    }),
    update: nobody,
  },
  admin: { defaultColumns: ['job', 'item', 'code', 'attempt', 'at'], group: 'Bulk Ops' },
  fields: [
    { name: 'job', type: 'relationship', index: true, relationTo: BULK_JOBS, required: true },
    { name: 'item', type: 'relationship', index: true, relationTo: BULK_JOB_ITEMS, required: true },
    { name: 'building', type: 'relationship', relationTo: 'buildings' },
    { name: 'code', type: 'text', required: true },
    { name: 'message', type: 'textarea', required: true },
    { name: 'attempt', type: 'number', required: true },
    { name: 'at', type: 'date', required: true },
  ],
}
