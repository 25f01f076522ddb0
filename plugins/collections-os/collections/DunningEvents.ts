import type { CollectionConfig } from 'payload'

import { nobody } from '../../../src/access/nobody'
import { readScoped } from '../../../src/access/readScoped'
import { DELIVERY_CHANNELS } from '../../../src/lib/notifications/constants'
import { DUNNING_EVENTS, DUNNING_RUNS, DUNNING_TASKS } from '../constants'
import { SKIP_REASONS } from '../engine/skipReasons'

/**
 * What a run did for one apartment: a contact (linked to its delivery) or a skip with its reason.
 * `idempotencyKey` (office:policy:apartment:step:channel:period) is unique, so a retried or
 * replayed run can never contact the same apartment twice for the same step and month.
 */
export const DunningEvents: CollectionConfig<typeof DUNNING_EVENTS> = {
  slug: DUNNING_EVENTS,
  access: {
    create: nobody,
    delete: nobody,
    read: readScoped({ apartment: 'apartment', building: 'building', office: 'tenant' }),
    update: nobody,
  },
  admin: {
    defaultColumns: ['apartment', 'outcome', 'stepIndex', 'channel', 'skipReason', 'createdAt'],
    group: 'Collections',
  },
  fields: [
    { name: 'run', type: 'relationship', index: true, relationTo: DUNNING_RUNS, required: true },
    {
      name: 'apartment',
      type: 'relationship',
      index: true,
      relationTo: 'apartments',
      required: true,
    },
    { name: 'building', type: 'relationship', index: true, relationTo: 'buildings' },
    {
      name: 'outcome',
      type: 'select',
      options: ['sent', 'skipped'].map((value) => ({ label: value, value })),
      required: true,
    },
    {
      name: 'skipReason',
      type: 'select',
      options: SKIP_REASONS.map((value) => ({ label: value, value })),
    },
    { name: 'stepIndex', type: 'number' },
    {
      name: 'channel',
      type: 'select',
      options: DELIVERY_CHANNELS.map((value) => ({ label: value, value })),
    },
    { name: 'amountOverdue', type: 'number' },
    { name: 'daysOverdue', type: 'number' },
    { name: 'idempotencyKey', type: 'text', unique: true },
    { name: 'delivery', type: 'relationship', relationTo: 'deliveries' },
    // The step's actions, recorded on the contact that triggered them.
    {
      name: 'lateFee',
      type: 'number',
      admin: { description: 'Late fee charged with this contact, in cents' },
    },
    { name: 'lateFeeCharge', type: 'relationship', relationTo: 'charges' },
    { name: 'task', type: 'relationship', relationTo: DUNNING_TASKS },
    { name: 'isLegalNotice', type: 'checkbox', defaultValue: false },
  ],
}
