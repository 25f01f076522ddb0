import type { CollectionConfig } from 'payload'

import { FINANCIAL_WRITERS } from '../../../src/access/financialWriters'
import { nobody } from '../../../src/access/nobody'
import { readScopedToRoles } from '../../../src/access/readScopedToRoles'
import { BULK_ITEM_STATUSES, BULK_JOB_ITEMS, BULK_JOBS } from '../constants'

/**
 * One target of a job (an apartment, or a building for building-level actions): its dry-run
 * preview and validation errors, then its execution status, attempts and the effect it created.
 * `idempotencyKey` (job:target) is unique, and the effect itself carries the same key, so a
 * replayed batch cannot create it twice.
 */
export const BulkJobItems: CollectionConfig<typeof BULK_JOB_ITEMS> = {
  slug: BULK_JOB_ITEMS,
  access: {
    create: nobody,
    delete: nobody,
    read: readScopedToRoles({
      fields: { building: 'building', office: 'tenant' },
      readers: [...FINANCIAL_WRITERS, 'manager'],
    }),
    update: nobody,
  },
  admin: { defaultColumns: ['job', 'apartment', 'status', 'attempts'], group: 'Bulk Ops' },
  fields: [
    { name: 'job', type: 'relationship', index: true, relationTo: BULK_JOBS, required: true },
    { name: 'building', type: 'relationship', index: true, relationTo: 'buildings' },
    { name: 'apartment', type: 'relationship', index: true, relationTo: 'apartments' },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      index: true,
      options: BULK_ITEM_STATUSES.map((value) => ({ label: value, value })),
      required: true,
    },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    {
      name: 'preview',
      type: 'json',
      admin: { description: 'Dry-run: balance before and after, and the lines it would create' },
    },
    { name: 'validationErrors', type: 'json' },
    {
      name: 'amount',
      type: 'number',
      admin: { description: 'Cents this item creates (charges) or reverses' },
    },
    {
      name: 'effectType',
      type: 'text',
      admin: { description: 'charges, deliveries or bulk-exports' },
    },
    { name: 'effectIds', type: 'json', admin: { description: 'Ids of what the item created' } },
    { name: 'idempotencyKey', type: 'text', unique: true },
    { name: 'error', type: 'textarea' },
    { name: 'finishedAt', type: 'date' },
  ],
  indexes: [{ fields: ['job', 'status'] }],
}
