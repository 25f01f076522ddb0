import type { CollectionConfig } from 'payload'

import { createScoped } from '../../../src/access/createScoped'
import { FINANCIAL_WRITERS } from '../../../src/access/financialWriters'
import { readScoped } from '../../../src/access/readScoped'
import { writeScoped } from '../../../src/access/writeScoped'
import { inheritScopeFromApartment } from '../../../collections/hooks/inheritScopeFromApartment'
import { moneyField } from '../../../collections/fields/moneyField'
import { PROMISE_STATUSES, PROMISES_TO_PAY } from '../constants'
import { apartmentScopeFields } from '../../../collections/fields/apartmentScopeFields'

const scope = { apartment: 'apartment', building: 'building', office: 'tenant' }
const writers = [...FINANCIAL_WRITERS, 'manager'] as const

/** An owner's promise to pay by a date (or in installments); an active one pauses escalation. */
export const PromisesToPay: CollectionConfig<typeof PROMISES_TO_PAY> = {
  slug: PROMISES_TO_PAY,
  access: {
    create: createScoped({ fields: scope, writers }),
    delete: writeScoped({ fields: scope, writers }),
    read: readScoped(scope),
    update: writeScoped({ fields: scope, writers }),
  },
  admin: { defaultColumns: ['apartment', 'amount', 'dueDate', 'status'], group: 'Collections' },
  fields: [
    ...apartmentScopeFields(),
    moneyField({ name: 'amount' }),
    { name: 'dueDate', type: 'date', required: true },
    {
      name: 'installments',
      type: 'array',
      fields: [moneyField({ name: 'amount' }), { name: 'dueDate', type: 'date', required: true }],
    },
    { name: 'graceDays', type: 'number', defaultValue: 3, min: 0, max: 60 },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'active',
      index: true,
      options: PROMISE_STATUSES.map((value) => ({ label: value, value })),
      required: true,
    },
    { name: 'resolvedOn', type: 'date', admin: { readOnly: true } },
    {
      name: 'paid',
      type: 'number',
      admin: {
        description: 'Paid towards it so far, in cents (kept by the promise sweep)',
        readOnly: true,
      },
      defaultValue: 0,
    },
    { name: 'createdBy', type: 'relationship', admin: { readOnly: true }, relationTo: 'users' },
    { name: 'note', type: 'textarea' },
  ],
  hooks: {
    beforeChange: [
      ({ data, operation, req }) =>
        operation === 'create' && req.user ? { ...data, createdBy: req.user.id } : data,
    ],
    beforeValidate: [inheritScopeFromApartment],
  },
}
