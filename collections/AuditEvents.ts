import { APIError } from 'payload'
import type { CollectionConfig } from 'payload'

import { readScopedToRoles } from '../src/access/readScopedToRoles'
import { AUDIT_EVENTS_SLUG } from '../src/lib/audit/constants'

const refuse = () => {
  throw new APIError(
    'Audit events are append-only: they are written by writeAuditEvents and never changed',
    403,
  )
}

/**
 * The audit trail: one row per financial side effect or automation step, written by
 * `writeAuditEvents` (src/lib/audit) in the transaction of the change it records, and chained
 * per office by `prevHash`/`hash` so `verifyAuditChain` finds any later edit. Nobody creates,
 * updates or deletes rows through Payload (the hooks refuse it even with `overrideAccess`), and a
 * database trigger refuses UPDATE and DELETE from any code (see the audit_idempotency migration).
 */
export const AuditEvents: CollectionConfig<'audit-events'> = {
  slug: AUDIT_EVENTS_SLUG,
  access: {
    create: () => false,
    delete: () => false,
    read: readScopedToRoles({
      fields: { office: 'tenant' },
      readers: ['office-admin', 'accountant'],
    }),
    update: () => false,
  },
  admin: {
    defaultColumns: ['occurredAt', 'action', 'entityType', 'entityId', 'actorLabel'],
    description:
      'Append-only record of financial side effects and automations, hash-chained per office.',
    group: 'Compliance',
    listSearchableFields: ['action', 'entityId', 'idempotencyKey', 'traceId'],
    useAsTitle: 'action',
  },
  defaultSort: '-sequence',
  fields: [
    {
      name: 'actor',
      type: 'relationship',
      admin: {
        description: 'The user who caused it; empty for the system, webhooks and deleted users.',
      },
      relationTo: 'users',
    },
    {
      name: 'actorLabel',
      type: 'text',
      admin: {
        description: "The user's e-mail, `system` or `webhook:<provider>`. Covered by the hash.",
      },
      required: true,
    },
    {
      name: 'action',
      type: 'text',
      admin: { description: 'e.g. payment.recorded' },
      index: true,
      required: true,
    },
    {
      name: 'entityType',
      type: 'text',
      admin: { description: 'Collection slug of the entity.' },
      required: true,
    },
    { name: 'entityId', type: 'text', required: true },
    { name: 'before', type: 'json' },
    { name: 'after', type: 'json' },
    { name: 'idempotencyKey', type: 'text', index: true },
    {
      name: 'occurredAt',
      type: 'date',
      admin: { date: { displayFormat: 'yyyy-MM-dd HH:mm:ss.SSS', pickerAppearance: 'dayAndTime' } },
      required: true,
    },
    { name: 'traceId', type: 'text', index: true, required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'sequence',
          type: 'number',
          admin: { description: 'Position in the office chain, from 1.' },
          required: true,
        },
        { name: 'prevHash', type: 'text', required: true },
        { name: 'hash', type: 'text', required: true },
      ],
    },
  ],
  hooks: {
    beforeChange: [refuse],
    beforeDelete: [refuse],
  },
}
