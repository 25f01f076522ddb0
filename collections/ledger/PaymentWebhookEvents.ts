import type { CollectionConfig } from 'payload'

import { FINANCIAL_WRITERS } from '../../src/access/financialWriters'
import { nobody } from '../../src/access/nobody'
import { readScopedToRoles } from '../../src/access/readScopedToRoles'

/**
 * One row per provider event received, claimed before the payment is recorded and in the same
 * transaction: a replayed event finds its row and gets the first answer back, creating nothing.
 */
export const PaymentWebhookEvents: CollectionConfig<'payment-webhook-events'> = {
  slug: 'payment-webhook-events',
  access: {
    create: nobody,
    delete: nobody,
    read: readScopedToRoles({ fields: { office: 'tenant' }, readers: FINANCIAL_WRITERS }),
    update: nobody,
  },
  admin: {
    defaultColumns: ['eventId', 'outcome', 'responseStatus', 'createdAt'],
    group: 'Ledger',
    useAsTitle: 'eventId',
  },
  fields: [
    { name: 'eventId', type: 'text', required: true },
    {
      name: 'outcome',
      type: 'select',
      options: ['matched', 'unmatched'].map((value) => ({ label: value, value })),
    },
    { name: 'responseStatus', type: 'number' },
    { name: 'responseBody', type: 'json' },
    { name: 'traceId', type: 'text' },
  ],
  indexes: [{ fields: ['tenant', 'eventId'], unique: true }],
}
