import type { CollectionConfig } from 'payload'

import { FINANCIAL_WRITERS } from '../../src/access/financialWriters'
import { nobody } from '../../src/access/nobody'
import { MONEY_CELL } from '../../src/lib/admin/moneyCell'
import { auditLedgerWrite } from '../../src/ledger/hooks/auditLedgerWrite'
import { readScopedToRoles } from '../../src/access/readScopedToRoles'
import { writeScoped } from '../../src/access/writeScoped'

const scope = { office: 'tenant' }

/**
 * Money that arrived but matched no apartment: kept for reconciliation, never dropped. Staff
 * resolve it by recording the payment on the right apartment and marking this row matched.
 */
export const UnmatchedPayments: CollectionConfig<'unmatched-payments'> = {
  slug: 'unmatched-payments',
  access: {
    create: nobody,
    delete: nobody,
    read: readScopedToRoles({ fields: scope, readers: FINANCIAL_WRITERS }),
    update: writeScoped({ fields: scope, writers: FINANCIAL_WRITERS }),
  },
  admin: {
    defaultColumns: ['amount', 'apartmentReference', 'externalReference', 'status', 'receivedAt'],
    group: 'Ledger',
  },
  fields: [
    {
      name: 'amount',
      type: 'number',
      admin: { components: { Cell: MONEY_CELL }, readOnly: true },
      required: true,
    },
    { name: 'receivedAt', type: 'date', admin: { readOnly: true }, required: true },
    { name: 'apartmentReference', type: 'text', admin: { readOnly: true } },
    { name: 'externalReference', type: 'text', admin: { readOnly: true }, index: true },
    { name: 'providerEventId', type: 'text', admin: { readOnly: true } },
    { name: 'rawPayload', type: 'json', admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'open',
      options: ['open', 'matched', 'refunded'].map((value) => ({ label: value, value })),
      required: true,
    },
    { name: 'matchedPayment', type: 'relationship', relationTo: 'payments' },
    { name: 'note', type: 'textarea' },
  ],
  hooks: {
    afterChange: [
      auditLedgerWrite({ create: 'payment.unmatched', update: 'unmatched-payment.resolved' }),
    ],
  },
}
