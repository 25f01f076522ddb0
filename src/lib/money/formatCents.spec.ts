import { formatCents } from './formatCents'

describe('formatCents', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [100, '1.00'],
    [123456, '1234.56'],
    [-1234, '-12.34'],
    [-5, '-0.05'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('should format %i as %s', (cents, text) => {
    expect(formatCents(cents)).toBe(text)
  })

  it('should refuse fractions of a cent', () => {
    expect(() => formatCents(1.5)).toThrow(RangeError)
  })
})
