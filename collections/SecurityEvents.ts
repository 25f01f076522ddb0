import { APIError } from 'payload'
import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { readScopedToRoles } from '../src/access/readScopedToRoles'
import { SECURITY_EVENT_KINDS, SECURITY_EVENTS_SLUG } from '../src/lib/security/kinds'

const refuse = () => {
  throw new APIError(
    'Security events are append-only: they are written by recordSecurityEvents and never changed',
    403,
  )
}

// Before anything else looks at the data: a create with no office would otherwise fail the
// tenant field's validation first and answer 400 instead of the refusal. Deletes are refused row
// by row (`beforeDelete`), so deleting an office, whose cleanup asks to delete its events (none
// are left: the foreign key emptied their office), still works.
const refuseWrites: CollectionBeforeOperationHook<'security-events'> = ({ args, operation }) => {
  if (operation === 'create' || operation === 'update') refuse()
  return args
}

/**
 * Security events (docs/security/security-events.md): failed sign-ins, refusals, bad webhook
 * signatures, refused public links, 403s and cross-office probes, one row each, written by
 * `recordSecurityEvents` (src/lib/security) with raw SQL. Read by platform admins (every row)
 * and office admins (their offices' rows; rows of no office, such as an anonymous sign-in, are
 * platform-only). Nobody creates, updates or deletes rows through Payload, not even with
 * `overrideAccess` (the hooks refuse); the daily prune deletes by age.
 */
export const SecurityEvents: CollectionConfig<'security-events'> = {
  slug: SECURITY_EVENTS_SLUG,
  access: {
    create: () => false,
    delete: () => false,
    read: readScopedToRoles({ fields: { office: 'tenant' }, readers: ['office-admin'] }),
    update: () => false,
  },
  admin: {
    defaultColumns: ['createdAt', 'kind', 'tenant', 'actor', 'address'],
    description:
      'Failed sign-ins, refusals and probes, one row each; kept 90 days. See the Security view.',
    group: 'Compliance',
    listSearchableFields: ['address', 'accountKey', 'traceId'],
    useAsTitle: 'kind',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'kind',
      type: 'select',
      options: [...SECURITY_EVENT_KINDS],
      required: true,
    },
    {
      name: 'actor',
      type: 'relationship',
      admin: { description: 'The signed-in user, when there was one.' },
      relationTo: 'users',
    },
    {
      name: 'accountKey',
      type: 'text',
      admin: {
        description: 'For sign-ins: a SHA-256 prefix of the e-mail typed, never the e-mail.',
      },
    },
    { name: 'address', type: 'text', admin: { description: "The client's address." } },
    { name: 'traceId', type: 'text' },
    {
      name: 'detail',
      type: 'json',
      admin: { description: 'Policy, reason, route pattern, collection and id.' },
    },
  ],
  hooks: {
    beforeChange: [refuse],
    beforeDelete: [refuse],
    beforeOperation: [refuseWrites],
  },
}
