import type { CollectionConfig } from 'payload'

import { createScoped } from '../../src/access/createScoped'
import { FINANCIAL_WRITERS } from '../../src/access/financialWriters'
import { nobody } from '../../src/access/nobody'
import { readScoped } from '../../src/access/readScoped'
import { paymentWebhookEndpoint } from '../../src/ledger/endpoints/paymentWebhookEndpoint'
import { afterPaymentCreate } from '../../src/ledger/hooks/afterPaymentCreate'
import { moneyField } from '../fields/moneyField'
import { PAYMENT_METHODS, PAYMENT_SOURCES } from './constants'
import { inheritScopeFromApartment } from '../hooks/inheritScopeFromApartment'
import { apartmentScopeFields } from '../fields/apartmentScopeFields'

const scope = { apartment: 'apartment', building: 'building', office: 'tenant' }

/** Money an apartment paid. Append-only; allocated FIFO to its oldest open charges when recorded. */
export const Payments: CollectionConfig<'payments'> = {
  slug: 'payments',
  access: {
    create: createScoped({ fields: scope, writers: FINANCIAL_WRITERS }),
    delete: nobody,
    read: readScoped(scope),
    update: nobody,
  },
  admin: {
    defaultColumns: ['apartment', 'amount', 'receivedAt', 'method', 'externalReference'],
    group: 'Ledger',
  },
  // Mounted on the collection: a root endpoint under /api/payments/... would be shadowed by it.
  endpoints: [paymentWebhookEndpoint],
  fields: [
    ...apartmentScopeFields(),
    moneyField({ name: 'amount' }),
    { name: 'receivedAt', type: 'date', index: true, required: true },
    {
      name: 'method',
      type: 'select',
      defaultValue: 'bank-transfer',
      options: PAYMENT_METHODS.map((value) => ({ label: value, value })),
      required: true,
    },
    {
      name: 'externalReference',
      type: 'text',
      admin: { description: "The bank's or provider's reference; unique within the office." },
      maxLength: 200,
    },
    {
      name: 'source',
      type: 'select',
      defaultValue: 'manual',
      options: PAYMENT_SOURCES.map((value) => ({ label: value, value })),
      required: true,
    },
  ],
  hooks: {
    afterChange: [afterPaymentCreate],
    beforeValidate: [inheritScopeFromApartment],
  },
  indexes: [{ fields: ['tenant', 'externalReference'], unique: true }],
}
