import type { Field } from 'payload'

/**
 * What a job or template applies to: buildings (all their apartments), or single apartments, and
 * the period (`YYYY-MM`) for actions that issue charges.
 */
export const scopeFields: Field = {
  name: 'scope',
  type: 'group',
  fields: [
    { name: 'buildings', type: 'relationship', hasMany: true, relationTo: 'buildings' },
    { name: 'apartments', type: 'relationship', hasMany: true, relationTo: 'apartments' },
    {
      name: 'period',
      type: 'text',
      admin: { description: 'YYYY-MM' },
      validate: (value: null | string | undefined) =>
        !value || /^\d{4}-(0[1-9]|1[0-2])$/.test(value) || 'Use YYYY-MM',
    },
  ],
}
