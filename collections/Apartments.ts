import type { CollectionConfig } from 'payload'

import { createScoped } from '../src/access/createScoped'
import { readScoped } from '../src/access/readScoped'
import type { ScopeFields } from '../src/access/rowsVisibleTo'
import { writeScoped } from '../src/access/writeScoped'
import { contactGroup } from './fields/contactFields'
import { sharesGroup } from './fields/shareFields'
import { inheritTenantFromBuilding } from './hooks/inheritTenantFromBuilding'
import { keepBuildingSharesWithin } from './hooks/keepBuildingSharesWithin'

const scope: ScopeFields = { apartment: 'id', building: 'building', office: 'tenant' }

export const Apartments: CollectionConfig<'apartments'> = {
  slug: 'apartments',
  access: {
    create: createScoped({ fields: scope, writers: ['office-admin', 'manager'] }),
    delete: writeScoped({ fields: scope, writers: ['office-admin', 'manager'] }),
    read: readScoped(scope),
    update: writeScoped({ fields: scope, writers: ['office-admin', 'manager'] }),
  },
  admin: {
    defaultColumns: ['label', 'building', 'floor', 'owner.name'],
    group: 'Property',
    listSearchableFields: ['label', 'owner.name', 'owner.email'],
    useAsTitle: 'label',
  },
  fields: [
    {
      name: 'building',
      type: 'relationship',
      index: true,
      relationTo: 'buildings',
      required: true,
    },
    { name: 'label', type: 'text', maxLength: 40, required: true },
    { name: 'floor', type: 'number', max: 200, min: -5 },
    contactGroup('owner'),
    contactGroup('occupant'),
    sharesGroup,
  ],
  hooks: {
    beforeChange: [keepBuildingSharesWithin],
    beforeValidate: [inheritTenantFromBuilding],
  },
  indexes: [{ fields: ['building', 'label'], unique: true }],
}
