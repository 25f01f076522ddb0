import type { CollectionConfig } from 'payload'

import { createScoped } from '../../../src/access/createScoped'
import { FINANCIAL_WRITERS } from '../../../src/access/financialWriters'
import { readScopedToRoles } from '../../../src/access/readScopedToRoles'
import { writeScoped } from '../../../src/access/writeScoped'
import { BULK_ACTIONS, BULK_TEMPLATES } from '../constants'
import { scopeFields } from './scopeFields'

const scope = { office: 'tenant' }

/** A reusable job: action, parameters and scope an office runs again (e.g. every month's issue). */
export const BulkTemplates: CollectionConfig<typeof BULK_TEMPLATES> = {
  slug: BULK_TEMPLATES,
  access: {
    create: createScoped({ fields: scope, writers: FINANCIAL_WRITERS }),
    delete: writeScoped({ fields: scope, writers: FINANCIAL_WRITERS }),
    read: readScopedToRoles({ fields: scope, readers: [...FINANCIAL_WRITERS, 'manager'] }),
    update: writeScoped({ fields: scope, writers: FINANCIAL_WRITERS }),
  },
  admin: { defaultColumns: ['name', 'action', 'updatedAt'], group: 'Bulk Ops', useAsTitle: 'name' },
  fields: [
    { name: 'name', type: 'text', maxLength: 120, required: true },
    {
      name: 'action',
      type: 'select',
      options: BULK_ACTIONS.map((value) => ({ label: value, value })),
      required: true,
    },
    scopeFields,
    { name: 'parameters', type: 'json' },
    { name: 'createdBy', type: 'relationship', admin: { readOnly: true }, relationTo: 'users' },
  ],
  hooks: {
    beforeChange: [
      ({ data, operation, req }) =>
        operation === 'create' && req.user ? { ...data, createdBy: req.user.id } : data,
    ],
  },
}
