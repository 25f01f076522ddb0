import type { CollectionConfig } from 'payload'

import { createScoped } from '../src/access/createScoped'
import { readScoped } from '../src/access/readScoped'
import type { ScopeFields } from '../src/access/rowsVisibleTo'
import { writeScoped } from '../src/access/writeScoped'

const scope: ScopeFields = { building: 'id', office: 'tenant' }

export const Buildings: CollectionConfig<'buildings'> = {
  slug: 'buildings',
  access: {
    create: createScoped({ fields: scope, writers: ['office-admin'] }),
    delete: writeScoped({ fields: scope, writers: ['office-admin'] }),
    read: readScoped(scope),
    update: writeScoped({ fields: scope, writers: ['office-admin', 'manager'] }),
  },
  admin: {
    defaultColumns: ['name', 'address', 'city', 'postalCode'],
    group: 'Property',
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 200, required: true },
    { name: 'address', type: 'text', maxLength: 300, required: true },
    { name: 'city', type: 'text', maxLength: 120, required: true },
    {
      name: 'postalCode',
      type: 'text',
      required: true,
      validate: (value: null | string | undefined) =>
        /^[A-Za-z0-9 -]{3,10}$/.test(value ?? '') ||
        'Use 3 to 10 letters, digits, spaces or dashes',
    },
  ],
}
