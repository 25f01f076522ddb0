import type { GroupField } from 'payload'

const CONTACT_CHANNELS = ['email', 'sms', 'letter', 'in-app'] as const

/** Owner and occupant contact details: who the office writes to, and how they prefer it. */
export const contactGroup = (name: 'occupant' | 'owner'): GroupField => ({
  name,
  type: 'group',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', maxLength: 200 },
        { name: 'email', type: 'email' },
        {
          name: 'phone',
          type: 'text',
          validate: (value: null | string | undefined) =>
            !value ||
            /^\+?[0-9 ()-]{6,20}$/.test(value) ||
            'Use digits, spaces, dashes and an optional leading +',
        },
        {
          name: 'preferredChannel',
          type: 'select',
          defaultValue: 'email',
          options: CONTACT_CHANNELS.map((value) => ({ label: value, value })),
        },
      ],
    },
  ],
})
