import type { CollectionConfig } from 'payload'

import { FINANCIAL_WRITERS } from '../../../src/access/financialWriters'
import { nobody } from '../../../src/access/nobody'
import { readScoped } from '../../../src/access/readScoped'
import { writeScoped } from '../../../src/access/writeScoped'
import { apartmentScopeFields } from '../../../collections/fields/apartmentScopeFields'
import {
  DUNNING_RUNS,
  DUNNING_TASK_KINDS,
  DUNNING_TASK_STATUSES,
  DUNNING_TASKS,
} from '../constants'

const scope = { apartment: 'apartment', building: 'building', office: 'tenant' }

/**
 * Work a dunning step hands to people: a follow-up call for the building's manager, or a legal
 * notice to prepare. Created by the executor (never twice for the same step contact: the key is
 * the contact's idempotency key), closed by office staff or the building's manager.
 */
export const DunningTasks: CollectionConfig<typeof DUNNING_TASKS> = {
  slug: DUNNING_TASKS,
  access: {
    create: nobody,
    delete: nobody,
    read: readScoped(scope),
    update: writeScoped({ fields: scope, writers: [...FINANCIAL_WRITERS, 'manager'] }),
  },
  admin: {
    defaultColumns: ['apartment', 'kind', 'status', 'amountOverdue', 'createdAt'],
    group: 'Collections',
    useAsTitle: 'title',
  },
  labels: { plural: 'Manager tasks', singular: 'Manager task' },
  fields: [
    { name: 'title', type: 'text', admin: { readOnly: true }, required: true },
    {
      name: 'kind',
      type: 'select',
      admin: { readOnly: true },
      options: DUNNING_TASK_KINDS.map((value) => ({ label: value, value })),
      required: true,
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'open',
      index: true,
      options: DUNNING_TASK_STATUSES.map((value) => ({ label: value, value })),
      required: true,
    },
    ...apartmentScopeFields({ readOnlyApartment: true }),
    { name: 'run', type: 'relationship', admin: { readOnly: true }, relationTo: DUNNING_RUNS },
    { name: 'stepIndex', type: 'number', admin: { readOnly: true } },
    {
      name: 'amountOverdue',
      type: 'number',
      admin: { description: 'In cents, when the task was created', readOnly: true },
    },
    { name: 'daysOverdue', type: 'number', admin: { readOnly: true } },
    { name: 'idempotencyKey', type: 'text', admin: { readOnly: true }, unique: true },
    { name: 'note', type: 'textarea' },
    { name: 'closedAt', type: 'date', admin: { readOnly: true } },
    { name: 'closedBy', type: 'relationship', admin: { readOnly: true }, relationTo: 'users' },
  ],
  hooks: {
    beforeChange: [
      ({ data, operation, originalDoc, req }) => {
        const isClosing =
          operation === 'update' &&
          data.status &&
          data.status !== 'open' &&
          originalDoc?.status === 'open'
        return isClosing
          ? { ...data, closedAt: new Date().toISOString(), closedBy: req.user?.id }
          : data
      },
    ],
  },
}
