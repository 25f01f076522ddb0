import type { CollectionConfig } from 'payload'

import { nobody } from '../../src/access/nobody'
import { readScoped } from '../../src/access/readScoped'

/** Which credit (payment or credit note) settled how much of which charge. Kept by the ledger. */
export const Allocations: CollectionConfig<'allocations'> = {
  slug: 'allocations',
  access: { create: nobody, delete: nobody, read: readScoped({ apartment: 'apartment', office: 'tenant' }), update: nobody },
  admin: { group: 'Ledger', hidden: ({ user }) => user?.role !== 'platform-admin' },
  fields: [
    { name: 'apartment', type: 'relationship', index: true, relationTo: 'apartments', required: true },
    { name: 'charge', type: 'relationship', index: true, relationTo: 'charges', required: true },
    { name: 'payment', type: 'relationship', index: true, relationTo: 'payments' },
    { name: 'creditNote', type: 'relationship', relationTo: 'charges' },
    { name: 'amount', type: 'number', required: true },
  ],
}
