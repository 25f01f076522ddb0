import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '../src/access/isPlatformAdmin'
import { readScoped } from '../src/access/readScoped'
import type { ScopeFields } from '../src/access/rowsVisibleTo'
import type { ScopedUser } from '../src/access/scopeOf'
import {
  DELIVERIES_SLUG,
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
} from '../src/lib/notifications/constants'

// No apartment field in the scope: deliveries hold addresses and message bodies, so they are for
// the office's staff; residents read their in-app `notifications` instead.
const scope: ScopeFields = { building: 'building', office: 'tenant' }

const platformOnly = ({ req }: { req: { user: unknown } }) =>
  isPlatformAdmin(req.user as ScopedUser | null)

/**
 * One row per message sent (or to be sent) on one channel: the record of what went out, to whom,
 * and what the provider said. Written only by `sendNotification` (src/lib/notifications), which
 * inserts the row before sending, so the unique `idempotencyKey` stops any second send.
 */
export const Deliveries: CollectionConfig<'deliveries'> = {
  slug: DELIVERIES_SLUG,
  access: {
    create: platformOnly,
    delete: platformOnly,
    read: readScoped(scope),
    update: platformOnly,
  },
  admin: {
    defaultColumns: ['recipient', 'channel', 'status', 'subject', 'sentAt'],
    group: 'Messaging',
    listSearchableFields: ['recipient', 'idempotencyKey', 'providerId'],
    useAsTitle: 'recipient',
  },
  fields: [
    { name: 'apartment', type: 'relationship', index: true, relationTo: 'apartments' },
    {
      name: 'building',
      type: 'relationship',
      admin: {
        description: 'Set from the apartment, so managers see the deliveries of their buildings.',
      },
      index: true,
      relationTo: 'buildings',
    },
    {
      name: 'channel',
      type: 'select',
      options: DELIVERY_CHANNELS.map((value) => ({ label: value, value })),
      required: true,
    },
    {
      name: 'recipient',
      type: 'text',
      admin: { description: 'E-mail address, phone number, or user id for in-app messages.' },
      maxLength: 320,
      required: true,
    },
    { name: 'subject', type: 'text', maxLength: 300 },
    { name: 'body', type: 'textarea', admin: { description: 'Exactly what was sent.' } },
    {
      name: 'idempotencyKey',
      type: 'text',
      admin: {
        description:
          'Natural key of the message, e.g. office:policy:apartment:step:channel:period.',
      },
      index: true,
      maxLength: 300,
      required: true,
      unique: true,
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'queued',
      index: true,
      options: DELIVERY_STATUSES.map((value) => ({ label: value, value })),
      required: true,
    },
    { name: 'attempts', type: 'number', defaultValue: 0, min: 0, required: true },
    { name: 'providerId', type: 'text', index: true },
    { name: 'error', type: 'textarea' },
    { name: 'traceId', type: 'text' },
    { name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'deliveredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
