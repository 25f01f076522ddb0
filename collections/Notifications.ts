import { validations } from 'payload'
import type { CollectionConfig, RelationshipFieldSingleValidation } from 'payload'

import { isPlatformAdmin } from '../src/access/isPlatformAdmin'
import { readScoped } from '../src/access/readScoped'
import type { ScopeFields } from '../src/access/rowsVisibleTo'
import { idOf } from '../src/access/scopeOf'
import type { ScopedUser } from '../src/access/scopeOf'
import { writeScoped } from '../src/access/writeScoped'
import { NOTIFICATIONS_SLUG } from '../src/lib/notifications/constants'
import { deliveryStatusEndpoint } from '../src/lib/notifications/deliveryStatusEndpoint'

const scope: ScopeFields = { apartment: 'apartment', building: 'building', office: 'tenant' }

/** Collection and field access: everything but `readAt` is what was sent, so only the platform changes it. */
const platformOnly = ({ req }: { req: { user: unknown } }) =>
  isPlatformAdmin(req.user as ScopedUser | null)

/**
 * A relation that did not change is not checked again. Payload re-validates every relationship
 * on update against the acting user's read access (the multi-tenant plugin adds filter options),
 * and a resident marking a message read cannot read its building or delivery.
 */
const unchangedOrValid: RelationshipFieldSingleValidation = (value, options) =>
  options.operation === 'update' && idOf(value as number) === idOf(options.previousValue as number)
    ? true
    : validations.relationship(value, options)

/**
 * The in-app inbox: one row per in-app delivery, read by the residents of its apartment (who may
 * mark it read) and by the office's staff. Created only by `sendNotification`.
 */
export const Notifications: CollectionConfig<'notifications'> = {
  slug: NOTIFICATIONS_SLUG,
  access: {
    create: platformOnly,
    delete: platformOnly,
    read: readScoped(scope),
    update: writeScoped({ fields: scope, writers: ['resident'] }),
  },
  admin: {
    defaultColumns: ['title', 'apartment', 'readAt', 'createdAt'],
    group: 'Messaging',
    useAsTitle: 'title',
  },
  // POST /api/notifications/delivery-status: under this slug only this collection's endpoints are reached.
  endpoints: [deliveryStatusEndpoint],
  fields: [
    {
      name: 'apartment',
      type: 'relationship',
      access: { update: platformOnly },
      index: true,
      relationTo: 'apartments',
      required: true,
      validate: unchangedOrValid,
    },
    {
      name: 'building',
      type: 'relationship',
      access: { update: platformOnly },
      index: true,
      relationTo: 'buildings',
      validate: unchangedOrValid,
    },
    {
      name: 'title',
      type: 'text',
      access: { update: platformOnly },
      maxLength: 300,
      required: true,
    },
    { name: 'body', type: 'textarea', access: { update: platformOnly }, required: true },
    { name: 'readAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'delivery',
      type: 'relationship',
      access: { update: platformOnly },
      admin: { readOnly: true },
      relationTo: 'deliveries',
      // One notification per delivery: a retried in-app send finds the row instead of adding one.
      unique: true,
      validate: unchangedOrValid,
    },
  ],
}
