import type { CollectionConfig } from 'payload'

import { nobody } from '../../src/access/nobody'
import { MONEY_CELL } from '../../src/lib/admin/moneyCell'
import { readScopedToRoles } from '../../src/access/readScopedToRoles'

/** Which credit (payment or credit note) settled how much of which charge. Kept by the ledger. */
export const Allocations: CollectionConfig<'allocations'> = {
  slug: 'allocations',
  access: {
    create: nobody,
    delete: nobody,
    // No building column: managers (building-scoped) would see every building's, so they read
    // charges and payments instead; office finance staff and the apartment's resident may read these.
    read: readScopedToRoles({
      fields: { apartment: 'apartment', office: 'tenant' },
      readers: ['office-admin', 'accountant', 'resident'],
    }),
    update: nobody,
  },
  admin: { group: 'Ledger', hidden: ({ user }) => user?.role !== 'platform-admin' },
  fields: [
    {
      name: 'apartment',
      type: 'relationship',
      index: true,
      relationTo: 'apartments',
      required: true,
    },
    { name: 'charge', type: 'relationship', index: true, relationTo: 'charges', required: true },
    { name: 'payment', type: 'relationship', index: true, relationTo: 'payments' },
    { name: 'creditNote', type: 'relationship', relationTo: 'charges' },
    { name: 'amount', type: 'number', admin: { components: { Cell: MONEY_CELL } }, required: true },
  ],
}
