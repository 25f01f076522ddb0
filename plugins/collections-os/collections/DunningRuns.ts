import type { CollectionConfig } from 'payload'

import { nobody } from '../../../src/access/nobody'
import { readScoped } from '../../../src/access/readScoped'
import { DUNNING_POLICIES, DUNNING_RUNS, RUN_STATUSES } from '../constants'

/** One execution of a policy: what it evaluated, whom it contacted, why it skipped the rest. Written by the executor. */
export const DunningRuns: CollectionConfig<typeof DUNNING_RUNS> = {
  slug: DUNNING_RUNS,
  access: {
    create: nobody,
    delete: nobody,
    read: readScoped({ building: 'building', office: 'tenant' }),
    update: nobody,
  },
  admin: {
    defaultColumns: ['policy', 'status', 'trigger', 'startedAt', 'contacted'],
    group: 'Collections',
  },
  fields: [
    {
      name: 'policy',
      type: 'relationship',
      index: true,
      relationTo: DUNNING_POLICIES,
      required: true,
    },
    { name: 'building', type: 'relationship', index: true, relationTo: 'buildings' },
    {
      name: 'trigger',
      type: 'select',
      options: ['scheduled', 'manual'].map((value) => ({ label: value, value })),
      required: true,
    },
    { name: 'isDryRun', type: 'checkbox', defaultValue: false },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { description: 'Who ran it by hand (empty for a scheduled run)' },
    },
    {
      name: 'scheduledFor',
      type: 'date',
      admin: { description: "The policy's cron occurrence a scheduled run is for" },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'queued',
      index: true,
      options: RUN_STATUSES.map((value) => ({ label: value, value })),
      required: true,
    },
    {
      name: 'asOf',
      type: 'text',
      admin: { description: 'The office calendar day the run decided for' },
    },
    { name: 'evaluated', type: 'number', defaultValue: 0 },
    { name: 'contacted', type: 'number', defaultValue: 0 },
    { name: 'skipped', type: 'json', admin: { description: 'Apartments skipped, by reason' } },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'startedAt', type: 'date' },
    { name: 'finishedAt', type: 'date' },
    { name: 'traceId', type: 'text', index: true },
    { name: 'error', type: 'textarea' },
  ],
  // One run per policy and cron occurrence, however many instances or retries try to create it.
  indexes: [{ fields: ['policy', 'scheduledFor'], unique: true }],
}
