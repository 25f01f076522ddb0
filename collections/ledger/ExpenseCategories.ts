import type { CollectionConfig } from 'payload'

import { createScoped } from '../../src/access/createScoped'
import { FINANCIAL_WRITERS } from '../../src/access/financialWriters'
import { readScoped } from '../../src/access/readScoped'
import { writeScoped } from '../../src/access/writeScoped'
import { SHARE_CATEGORIES } from '../fields/shareFields'

const scope = { office: 'tenant' }

/** An office's expense categories, each distributed by one of the apartments' share columns. */
export const ExpenseCategories: CollectionConfig<'expense-categories'> = {
  slug: 'expense-categories',
  access: {
    create: createScoped({ fields: scope, writers: FINANCIAL_WRITERS }),
    delete: writeScoped({ fields: scope, writers: FINANCIAL_WRITERS }),
    read: readScoped(scope),
    update: writeScoped({ fields: scope, writers: FINANCIAL_WRITERS }),
  },
  admin: { defaultColumns: ['name', 'code', 'shareColumn'], group: 'Ledger', useAsTitle: 'name' },
  fields: [
    { name: 'name', type: 'text', maxLength: 120, required: true },
    {
      name: 'code',
      type: 'text',
      required: true,
      validate: (value: null | string | undefined) =>
        /^[a-z0-9-]{2,40}$/.test(value ?? '') || 'Use 2-40 lowercase letters, digits, dashes',
    },
    {
      name: 'shareColumn',
      type: 'select',
      admin: {
        description: "Which of the apartments' per-mille shares distributes this category.",
      },
      options: SHARE_CATEGORIES.map((value) => ({ label: value, value })),
      required: true,
    },
  ],
  indexes: [{ fields: ['tenant', 'code'], unique: true }],
}
