import { randomBytes } from 'node:crypto'

import type { CollectionConfig } from 'payload'

import { isPlatformAdmin } from '../src/access/isPlatformAdmin'
import { isUserAdmin } from '../src/access/isUserAdmin'
import { readScoped } from '../src/access/readScoped'
import { writeScoped } from '../src/access/writeScoped'
import { FLAG_NAMES, FLAG_OVERRIDES, overrideFieldName } from '../src/lib/flags/flagNames'
import { validateTimezone } from './fields/validateTimezone'

/** The tenant: a property-management office. Every tenant-owned row points here through `tenant`. */
export const Offices: CollectionConfig<'offices'> = {
  slug: 'offices',
  access: {
    create: ({ req }) => isPlatformAdmin(req.user),
    delete: ({ req }) => isPlatformAdmin(req.user),
    read: readScoped({ office: 'id' }),
    update: writeScoped({ fields: { office: 'id' }, writers: ['office-admin'] }),
  },
  admin: {
    defaultColumns: ['name', 'slug', 'currency', 'locale'],
    group: 'Organisation',
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 200, required: true },
    {
      name: 'slug',
      type: 'text',
      index: true,
      required: true,
      unique: true,
      validate: (value: null | string | undefined) =>
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value ?? '') ||
        'Use lowercase letters, digits and dashes',
    },
    {
      name: 'currency',
      type: 'text',
      defaultValue: 'EUR',
      required: true,
      validate: (value: null | string | undefined) =>
        /^[A-Z]{3}$/.test(value ?? '') || 'Use a three-letter ISO 4217 code such as EUR',
    },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'el',
      options: [
        { label: 'Ελληνικά', value: 'el' },
        { label: 'English', value: 'en' },
      ],
      required: true,
    },
    {
      name: 'timezone',
      type: 'text',
      defaultValue: 'Europe/Athens',
      required: true,
      validate: validateTimezone,
    },
    {
      name: 'paymentWebhookSecret',
      type: 'text',
      access: { read: isUserAdmin, update: isUserAdmin },
      admin: {
        description:
          'Signs payment webhooks (HMAC-SHA256). Generated on creation; rotate by replacing it.',
      },
      // A fresh random secret per office, so a leaked one never opens another office's ledger.
      defaultValue: () => randomBytes(32).toString('hex'),
      minLength: 32,
    },
    {
      name: 'featureFlags',
      type: 'group',
      admin: {
        description:
          'Pilot rollouts: force a feature on or off for this office, or inherit the environment value.',
      },
      // Only the platform decides pilots; office admins see the result.
      access: { update: ({ req }) => isPlatformAdmin(req.user) },
      fields: FLAG_NAMES.map((flag) => ({
        name: overrideFieldName(flag),
        type: 'select' as const,
        defaultValue: 'inherit',
        label: flag,
        options: FLAG_OVERRIDES.map((value) => ({ label: value, value })),
      })),
    },
  ],
}
