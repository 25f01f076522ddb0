import type { CollectionConfig } from 'payload'

import { nobody } from '../../../src/access/nobody'
import { BULK_ACTIONS, BULK_EXPORTS, BULK_JOB_STATUSES, BULK_JOBS } from '../constants'
import { readBulkJobs } from './readBulkJobs'
import { scopeFields } from './scopeFields'

const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }))

/**
 * One checked bulk operation: what it does (action + parameters) to which scope, its dry-run
 * (estimated impact, plan hash; the per-item preview is on its items) and its execution (status,
 * counters, trace id). Written only through the Bulk API, which checks scope and plan; staff read.
 */
export const BulkJobs: CollectionConfig<typeof BULK_JOBS> = {
  slug: BULK_JOBS,
  access: {
    create: nobody,
    delete: nobody,
    read: readBulkJobs,
    update: nobody,
  },
  admin: {
    defaultColumns: ['action', 'status', 'itemsTotal', 'itemsFailed', 'createdAt'],
    group: 'Bulk Ops',
  },
  fields: [
    { name: 'action', type: 'select', index: true, options: options(BULK_ACTIONS), required: true },
    scopeFields,
    {
      name: 'parameters',
      type: 'json',
      admin: { description: 'Action-specific settings (see docs/rfc/bulk-ops.md)' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      options: options(BULK_JOB_STATUSES),
      required: true,
    },
    {
      name: 'planHash',
      type: 'text',
      admin: { description: 'Hash of the data the dry-run was computed on' },
    },
    { name: 'estimatedImpact', type: 'json' },
    { name: 'dryRunAt', type: 'date' },
    { name: 'itemsTotal', type: 'number', defaultValue: 0 },
    { name: 'itemsSucceeded', type: 'number', defaultValue: 0 },
    { name: 'itemsFailed', type: 'number', defaultValue: 0 },
    { name: 'itemsSkipped', type: 'number', defaultValue: 0 },
    { name: 'validationErrorCount', type: 'number', defaultValue: 0 },
    { name: 'startedAt', type: 'date' },
    { name: 'finishedAt', type: 'date' },
    { name: 'traceId', type: 'text', index: true },
    { name: 'createdBy', type: 'relationship', relationTo: 'users' },
    {
      name: 'reverses',
      type: 'relationship',
      admin: { description: 'The charge-creating job a reversal offsets' },
      relationTo: BULK_JOBS,
    },
    { name: 'exportFile', type: 'relationship', relationTo: BULK_EXPORTS },
    { name: 'error', type: 'textarea' },
  ],
}
