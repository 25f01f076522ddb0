import type { CollectionConfig } from 'payload'

import { createScoped } from '../../src/access/createScoped'
import { FINANCIAL_WRITERS } from '../../src/access/financialWriters'
import { readScoped } from '../../src/access/readScoped'
import { writeScoped } from '../../src/access/writeScoped'
import { moneyField } from '../fields/moneyField'
import { periodField } from '../fields/periodField'
import { inheritTenantFromBuilding } from '../hooks/inheritTenantFromBuilding'

const scope = { building: 'building', office: 'tenant' }
const writers = [...FINANCIAL_WRITERS, 'manager'] as const

/** A building's expense of a period, to be distributed over its apartments as common charges. */
export const Expenses: CollectionConfig<'expenses'> = {
  slug: 'expenses',
  access: {
    create: createScoped({ fields: scope, writers }),
    delete: writeScoped({ fields: scope, writers }),
    read: readScoped(scope),
    update: writeScoped({ fields: scope, writers }),
  },
  admin: {
    defaultColumns: ['description', 'building', 'period', 'category', 'amount'],
    group: 'Ledger',
    useAsTitle: 'description',
  },
  fields: [
    {
      name: 'building',
      type: 'relationship',
      index: true,
      relationTo: 'buildings',
      required: true,
    },
    { name: 'category', type: 'relationship', relationTo: 'expense-categories', required: true },
    periodField(),
    moneyField({ name: 'amount' }),
    { name: 'description', type: 'text', maxLength: 300, required: true },
    { name: 'supplierName', type: 'text', maxLength: 200 },
    { name: 'document', type: 'upload', relationTo: 'documents' },
  ],
  hooks: { beforeValidate: [inheritTenantFromBuilding] },
}
