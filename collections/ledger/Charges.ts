import type { CollectionConfig } from 'payload'

import { createScoped } from '../../src/access/createScoped'
import { FINANCIAL_WRITERS } from '../../src/access/financialWriters'
import { nobody } from '../../src/access/nobody'
import { MONEY_CELL } from '../../src/lib/admin/moneyCell'
import { readScoped } from '../../src/access/readScoped'
import { afterChargeCreate } from '../../src/ledger/hooks/afterChargeCreate'
import { moneyField } from '../fields/moneyField'
import { periodField } from '../fields/periodField'
import { CHARGE_SOURCES } from './constants'
import { inheritScopeFromApartment } from '../hooks/inheritScopeFromApartment'
import { apartmentScopeFields } from '../fields/apartmentScopeFields'

const scope = { apartment: 'apartment', building: 'building', office: 'tenant' }

/**
 * What an apartment owes. Append-only: nobody edits or deletes a charge; a correction is a new
 * charge (a credit note is a negative manual charge). `openAmount` is kept by the ledger at
 * write time (FIFO against payments and credit notes) so reads touch only open items.
 */
export const Charges: CollectionConfig<'charges'> = {
  slug: 'charges',
  access: {
    create: createScoped({ fields: scope, writers: FINANCIAL_WRITERS }),
    delete: nobody,
    read: readScoped(scope),
    update: nobody,
  },
  admin: {
    defaultColumns: [
      'apartment',
      'period',
      'category',
      'amount',
      'openAmount',
      'dueDate',
      'source',
    ],
    group: 'Ledger',
  },
  fields: [
    ...apartmentScopeFields(),
    periodField(),
    { name: 'category', type: 'relationship', relationTo: 'expense-categories' },
    moneyField({
      allowNegative: true,
      name: 'amount',
      validate: (value, { siblingData }) => {
        if (value === null || value === undefined) return 'Required'
        if (!Number.isSafeInteger(value) || value === 0) return 'Use whole, non-zero cents'
        if (value < 0 && (siblingData as { source?: string }).source !== 'manual') {
          return 'Only manual charges (credit notes) may be negative'
        }
        return true
      },
    }),
    {
      name: 'openAmount',
      type: 'number',
      access: { create: () => false, update: () => false },
      admin: {
        components: { Cell: MONEY_CELL },
        description: 'Still unpaid, in cents (kept by the ledger)',
        readOnly: true,
      },
      defaultValue: 0,
    },
    { name: 'dueDate', type: 'date', index: true, required: true },
    {
      name: 'source',
      type: 'select',
      defaultValue: 'manual',
      options: CHARGE_SOURCES.map((value) => ({ label: value, value })),
      required: true,
    },
    { name: 'sourceReference', type: 'text', index: true, maxLength: 200 },
    { name: 'description', type: 'text', maxLength: 300 },
  ],
  hooks: {
    afterChange: [afterChargeCreate],
    beforeValidate: [inheritScopeFromApartment],
  },
}
