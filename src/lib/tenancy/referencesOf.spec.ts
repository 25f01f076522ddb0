import type { Field } from 'payload'

import { referencesOf } from './referencesOf'

const fields = [
  { name: 'building', type: 'relationship', relationTo: 'buildings' },
  { name: 'assignedBuildings', type: 'relationship', hasMany: true, relationTo: 'buildings' },
  { name: 'createdBy', type: 'relationship', relationTo: 'users' },
  { name: 'subject', type: 'relationship', relationTo: ['apartments', 'users'] },
  { name: 'file', type: 'upload', relationTo: 'exports' },
  {
    name: 'scope',
    type: 'group',
    fields: [{ name: 'apartments', type: 'relationship', hasMany: true, relationTo: 'apartments' }],
  },
  { type: 'row', fields: [{ name: 'category', type: 'relationship', relationTo: 'categories' }] },
  {
    type: 'tabs',
    tabs: [
      { label: 'Plain', fields: [{ name: 'charge', type: 'relationship', relationTo: 'charges' }] },
      {
        name: 'named',
        fields: [{ name: 'payment', type: 'relationship', relationTo: 'payments' }],
      },
    ],
  },
  {
    name: 'steps',
    type: 'array',
    fields: [{ name: 'policy', type: 'relationship', relationTo: 'policies' }],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [
      { slug: 'note', fields: [{ name: 'charge', type: 'relationship', relationTo: 'charges' }] },
    ],
  },
] as unknown as Field[]

const targets = new Set([
  'apartments',
  'buildings',
  'categories',
  'charges',
  'exports',
  'payments',
  'policies',
])

const of = (data: Record<string, unknown>) =>
  referencesOf({ data, fields, targets }).map(({ id, path, relationTo }) => [path, relationTo, id])

describe('referencesOf', () => {
  it('should find ids and populated documents in single and has-many fields', () => {
    expect(of({ assignedBuildings: [3, { id: 4 }], building: { id: 2 }, file: 9 })).toEqual([
      ['building', 'buildings', 2],
      ['assignedBuildings', 'buildings', 3],
      ['assignedBuildings', 'buildings', 4],
      ['file', 'exports', 9],
    ])
  })

  it('should leave out collections that are not targets, and the polymorphic value of one', () => {
    expect(of({ createdBy: 1, subject: { relationTo: 'users', value: 5 } })).toEqual([])
    expect(of({ subject: { relationTo: 'apartments', value: { id: 6 } } })).toEqual([
      ['subject', 'apartments', 6],
    ])
  })

  it('should walk groups, rows, tabs, arrays and blocks as Payload nests their data', () => {
    expect(
      of({
        category: 7,
        charge: 8,
        layout: [
          { blockType: 'note', charge: 11 },
          { blockType: 'unknown', charge: 12 },
        ],
        named: { payment: 9 },
        scope: { apartments: [5, 6] },
        steps: [{ policy: 1 }, { policy: 2 }],
      }),
    ).toEqual([
      ['scope.apartments', 'apartments', 5],
      ['scope.apartments', 'apartments', 6],
      ['category', 'categories', 7],
      ['charge', 'charges', 8],
      ['named.payment', 'payments', 9],
      ['steps.0.policy', 'policies', 1],
      ['steps.1.policy', 'policies', 2],
      ['layout.0.charge', 'charges', 11],
    ])
  })

  it('should leave absent, empty and unreadable values to validation', () => {
    expect(of({})).toEqual([])
    expect(of({ assignedBuildings: [], building: null, scope: null, steps: 'x' })).toEqual([])
    expect(of({ building: 'abc', subject: { value: 3 } })).toEqual([])
  })
})
