import { canonicalJson, toJsonValue } from './canonicalJson'

describe('canonicalJson', () => {
  it('should not depend on the order of object keys, at any depth', () => {
    expect(canonicalJson({ a: 1, b: { c: [1, { d: 2, e: 3 }], f: null } })).toBe(
      canonicalJson({ b: { f: null, c: [1, { e: 3, d: 2 }] }, a: 1 }),
    )
  })

  it('should keep the order of array items', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]))
  })

  it('should spell a value one way, without whitespace', () => {
    expect(canonicalJson({ b: 'x', a: [true, null, 1.5] })).toBe('{"a":[true,null,1.5],"b":"x"}')
  })

  it('should read values the way JSON stores them', () => {
    expect(canonicalJson({ at: new Date('2026-01-02T03:04:05.678Z'), gone: undefined })).toBe(
      '{"at":"2026-01-02T03:04:05.678Z"}',
    )
    expect(toJsonValue(undefined)).toBeNull()
  })

  it('should give what a JSON round trip gives, at any depth, for plain and other values alike', () => {
    const values: unknown[] = [
      { a: 1, b: [true, null, 'x'], c: { d: { e: -1.5 } } },
      { nested: [{ at: new Date('2026-01-02T03:04:05.678Z') }] },
      { list: [1, undefined, 2], member: undefined, nan: Number.NaN, infinite: Infinity },
      { instance: new Map([[1, 2]]), fn: () => 1 },
      [{ toJSON: () => 'custom' }],
      Object.assign(Object.create(null), { bare: 1 }),
    ]
    for (const value of values) {
      expect(toJsonValue(value)).toEqual(JSON.parse(JSON.stringify(value)))
    }
  })

  it('should tell different values apart', () => {
    expect(canonicalJson({ amount: 100 })).not.toBe(canonicalJson({ amount: '100' }))
    expect(canonicalJson({ amount: 100 })).not.toBe(canonicalJson({ amount: 101 }))
  })
})
