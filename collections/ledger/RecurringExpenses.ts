import type { CollectionConfig } from 'payload'

import { createScoped } from '../../src/access/createScoped'
import { FINANCIAL_WRITERS } from '../../src/access/financialWriters'
import { readScoped } from '../../src/access/readScoped'
import { writeScoped } from '../../src/access/writeScoped'
import { moneyField } from '../fields/moneyField'
import { inheritTenantFromBuilding } from '../hooks/inheritTenantFromBuilding'

const scope = { building: 'building', office: 'tenant' }
const writers = [...FINANCIAL_WRITERS, 'manager'] as const
const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']

/** A building's monthly expense (cleaning, elevator contract) that becomes charges each active month. */
export const RecurringExpenses: CollectionConfig<'recurring-expenses'> = {
  slug: 'recurring-expenses',
  access: {
    create: createScoped({ fields: scope, writers }),
    delete: writeScoped({ fields: scope, writers }),
    read: readScoped(scope),
    update: writeScoped({ fields: scope, writers }),
  },
  admin: {
    defaultColumns: ['description', 'building', 'category', 'monthlyAmount', 'active'],
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
    moneyField({ name: 'monthlyAmount' }),
    { name: 'description', type: 'text', maxLength: 300, required: true },
    {
      name: 'activeMonths',
      type: 'select',
      defaultValue: MONTHS,
      hasMany: true,
      options: MONTHS.map((value) => ({ label: value, value })),
      required: true,
    },
    { name: 'active', type: 'checkbox', defaultValue: true },
  ],
  hooks: { beforeValidate: [inheritTenantFromBuilding] },
}
