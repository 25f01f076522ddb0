import type { CollectionConfig } from 'payload'

import { nobody } from '../../src/access/nobody'
import { MONEY_CELL } from '../../src/lib/admin/moneyCell'
import { readScoped } from '../../src/access/readScoped'

/**
 * One row per apartment: balance (charges - payments, in cents; negative = credit), open items
 * and the oldest unpaid due date, updated in the same transaction as every ledger write.
 */
export const ApartmentBalances: CollectionConfig<'apartment-balances'> = {
  slug: 'apartment-balances',
  access: {
    create: nobody,
    delete: nobody,
    read: readScoped({ apartment: 'apartment', building: 'building', office: 'tenant' }),
    update: nobody,
  },
  admin: {
    defaultColumns: ['apartment', 'balance', 'openItemsCount', 'oldestUnpaidDueDate'],
    group: 'Ledger',
  },
  fields: [
    {
      name: 'apartment',
      type: 'relationship',
      relationTo: 'apartments',
      required: true,
      unique: true,
    },
    {
      name: 'building',
      type: 'relationship',
      index: true,
      relationTo: 'buildings',
      required: true,
    },
    {
      name: 'balance',
      type: 'number',
      admin: { components: { Cell: MONEY_CELL } },
      defaultValue: 0,
      required: true,
    },
    { name: 'openItemsCount', type: 'number', defaultValue: 0, required: true },
    { name: 'oldestUnpaidDueDate', type: 'date' },
  ],
}
