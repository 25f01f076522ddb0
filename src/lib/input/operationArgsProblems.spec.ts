import type { FlattenedField } from 'payload'

import { operationArgsProblems } from './operationArgsProblems'
import type { OperationArgs } from './operationArgsProblems'

const fields = [
  { name: 'apartment', type: 'relationship', relationTo: 'apartments' },
  { name: 'subject', type: 'relationship', relationTo: ['apartments', 'buildings'] },
  { name: 'amount', type: 'number' },
  { name: 'tags', type: 'number', hasMany: true },
  { name: 'location', type: 'point' },
  { name: 'period', type: 'text' },
  {
    name: 'shares',
    type: 'group',
    flattenedFields: [{ name: 'general', type: 'number' }],
  },
] as unknown as FlattenedField[]

const problems = (args: OperationArgs, numericIds = true) =>
  operationArgsProblems({ args, fields, numericIds })

const pathsOf = (args: OperationArgs) => problems(args).errors.map((error) => error.path)

describe('operationArgsProblems', () => {
  it('should take ids a row can have and no others', () => {
    for (const id of [1, 42, 2_147_483_647, '7', undefined])
      expect(problems({ id }).idIsNoRow).toBe(false)
    for (const id of [
      0,
      -1,
      1.5,
      Number.NaN,
      2_147_483_648,
      'abc',
      '1.5',
      '2147483648',
      ' 1',
      '01',
    ])
      expect(problems({ id }).idIsNoRow).toBe(true)
    expect(problems({ id: 'abc' }, false).idIsNoRow).toBe(false)
  })

  it('should compare ids and references with 32-bit integers only, in every operator and list', () => {
    expect(pathsOf({ where: { id: { in: 'abc' } } })).toEqual(['where.id.in'])
    expect(pathsOf({ where: { id: { equals: '99999999999' } } })).toEqual(['where.id.equals'])
    expect(pathsOf({ where: { apartment: { in: '1,x' } } })).toEqual(['where.apartment.in'])
    expect(pathsOf({ where: { apartment: { not_in: [1, 2.5] } } })).toEqual([
      'where.apartment.not_in',
    ])
    expect(pathsOf({ where: { or: [{ id: { equals: 'abc' } }] } })).toEqual(['where.id.equals'])
    expect(
      pathsOf({ where: { OR: [{ id: { equals: 'abc' } }, { AND: [{ id: { equals: 1 } }] }] } }),
    ).toEqual(['where.id.equals'])
    expect(pathsOf({ where: { and: [{ apartment: { greater_than: 1e12 } }] } })).toEqual([
      'where.apartment.greater_than',
    ])
    expect(
      pathsOf({
        where: {
          apartment: { equals: null, in: ['1', 2], not_equals: '-3' },
          id: { exists: true, greater_than: 0 },
        },
      }),
    ).toEqual([])
  })

  it('should leave numbers, polymorphic references, nested paths and unknown paths to Payload', () => {
    expect(
      pathsOf({
        where: {
          amount: { equals: 'abc' },
          'apartment.building': { equals: 'x' },
          nope: { equals: 'x' },
          subject: { equals: { relationTo: 'apartments', value: 1 } },
        },
      }),
    ).toEqual([])
  })

  it('should keep geometry operators to point fields', () => {
    expect(pathsOf({ where: { apartment: { near: '1,2' } } })).toEqual(['where.apartment.near'])
    expect(pathsOf({ where: { period: { within: {} } } })).toEqual(['where.period.within'])
    expect(pathsOf({ where: { location: { near: '1,2,100' } } })).toEqual([])
  })

  it('should refuse a null character in any condition', () => {
    expect(pathsOf({ where: { period: { like: 'a\u0000b' } } })).toEqual(['where.period.like'])
    expect(pathsOf({ where: { period: { in: ['ok', '\u0000'] } } })).toEqual(['where.period.in'])
  })

  it('should refuse conditions that are not objects', () => {
    expect(pathsOf({ where: 'id=1' })).toEqual(['where'])
    expect(pathsOf({ where: { id: 1 } })).toEqual(['where.id'])
    expect(pathsOf({ where: { id: [{ equals: 1 }] } })).toEqual(['where.id'])
  })

  it('should take limit from 0 and page from 1, as whole numbers given once', () => {
    expect(pathsOf({ limit: 0, page: 1 })).toEqual([])
    expect(pathsOf({ limit: 25, page: 3 })).toEqual([])
    expect(pathsOf({ limit: ['1', '2'], page: -1 })).toEqual(['limit', 'page'])
    expect(pathsOf({ limit: 'abc', page: 0 })).toEqual(['limit', 'page'])
    expect(pathsOf({ limit: 2.5, page: 'abc' })).toEqual(['limit', 'page'])
  })

  it('should refuse number fields sent as text, in named groups too, and nothing else', () => {
    expect(pathsOf({ data: { amount: '1000', shares: { general: '5' } } })).toEqual([
      'amount',
      'shares.general',
    ])
    expect(
      pathsOf({ data: { amount: 1000, period: '2026-01', shares: { general: 5 }, tags: ['1'] } }),
    ).toEqual([])
    expect(pathsOf({ data: [{ amount: '1' }] })).toEqual([])
  })
})
