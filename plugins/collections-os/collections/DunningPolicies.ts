import type { CollectionConfig, Field } from 'payload'

import { createScoped } from '../../../src/access/createScoped'
import { FINANCIAL_WRITERS } from '../../../src/access/financialWriters'
import { writeScoped } from '../../../src/access/writeScoped'
import { AGING_BUCKETS } from '../../../src/ledger/engine/agingBucket'
import { DELIVERY_CHANNELS } from '../../../src/lib/notifications/constants'
import { inheritTenantFromBuilding } from '../../../collections/hooks/inheritTenantFromBuilding'
import { DUNNING_POLICIES } from '../constants'
import { readPolicies } from './readPolicies'
import { validatePolicyHook } from './validatePolicyHook'

const scope = { building: 'building', office: 'tenant' }
const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }))
const wholeNumber = (min: number) => (value: null | number | undefined) =>
  value === null ||
  value === undefined ||
  (Number.isSafeInteger(value) && value >= min) ||
  `Use a whole number of at least ${min}`

const step: Field[] = [
  {
    name: 'threshold',
    type: 'group',
    fields: [
      {
        name: 'type',
        type: 'select',
        defaultValue: 'bucket',
        options: options(['bucket', 'days']),
        required: true,
      },
      {
        name: 'bucket',
        type: 'select',
        admin: { condition: (_, sibling) => sibling?.type !== 'days' },
        options: options(AGING_BUCKETS.filter((bucket) => bucket !== 'not-due')),
      },
      {
        name: 'minDaysOverdue',
        type: 'number',
        admin: { condition: (_, sibling) => sibling?.type === 'days' },
        validate: wholeNumber(0),
      },
    ],
  },
  {
    name: 'channel',
    type: 'select',
    defaultValue: 'email',
    options: options(DELIVERY_CHANNELS),
    required: true,
  },
  {
    name: 'template',
    type: 'group',
    admin: { description: 'Placeholders: {owner}, {amount}, {daysOverdue}, {paymentLink}' },
    fields: [
      { name: 'el', type: 'textarea' },
      { name: 'en', type: 'textarea' },
    ],
  },
  {
    name: 'minDaysBetweenContacts',
    type: 'number',
    defaultValue: 14,
    required: true,
    validate: wholeNumber(0),
  },
  {
    name: 'maxContacts',
    type: 'number',
    defaultValue: 1,
    required: true,
    validate: wholeNumber(1),
  },
  {
    name: 'action',
    type: 'group',
    fields: [
      {
        name: 'lateFee',
        type: 'group',
        fields: [
          {
            name: 'type',
            type: 'select',
            defaultValue: 'none',
            options: options(['none', 'fixed', 'percent']),
          },
          {
            name: 'amount',
            type: 'number',
            admin: { description: 'Cents, for a fixed fee' },
            validate: wholeNumber(0),
          },
          {
            name: 'basisPoints',
            type: 'number',
            admin: { description: '100 = 1% of the overdue amount' },
            validate: wholeNumber(0),
          },
        ],
      },
      { name: 'shouldCreateManagerTask', type: 'checkbox' },
      { name: 'isLegalNotice', type: 'checkbox' },
    ],
  },
]

/**
 * How an office chases arrears: the office default (no building) or a building's override (it
 * wins for that building), a minimum overdue amount, escalation steps, and when runs happen.
 */
export const DunningPolicies: CollectionConfig<typeof DUNNING_POLICIES> = {
  slug: DUNNING_POLICIES,
  access: {
    create: createScoped({ fields: scope, writers: FINANCIAL_WRITERS }),
    delete: writeScoped({ fields: scope, writers: FINANCIAL_WRITERS }),
    read: readPolicies,
    update: writeScoped({ fields: scope, writers: FINANCIAL_WRITERS }),
  },
  admin: {
    defaultColumns: ['name', 'building', 'isActive', 'schedule'],
    group: 'Collections',
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 120, required: true },
    {
      name: 'building',
      type: 'relationship',
      admin: { description: 'Empty: the office default. A building: its override.' },
      index: true,
      relationTo: 'buildings',
    },
    { name: 'isActive', type: 'checkbox', defaultValue: true },
    {
      name: 'minimumBalance',
      type: 'number',
      admin: { description: 'Cents overdue below which nobody is contacted' },
      defaultValue: 0,
      required: true,
      validate: wholeNumber(0),
    },
    {
      name: 'schedule',
      type: 'text',
      admin: {
        description: 'Cron (UTC), e.g. "0 9 * * 1" for Mondays 09:00. Empty: manual runs only.',
      },
      validate: (value: null | string | undefined) =>
        !value ||
        /^(\S+\s+){4}\S+$/.test(value.trim()) ||
        'Use five cron fields: minute hour day month weekday',
    },
    { name: 'steps', type: 'array', fields: step, minRows: 1, required: true },
  ],
  hooks: { beforeValidate: [inheritTenantFromBuilding, validatePolicyHook] },
}
