import { formatMoney } from './formatMoney'

describe('formatMoney', () => {
  it.each([
    [123_456, 'el', '1.234,56\u00a0€'],
    [123_456, 'en', '€1,234.56'],
    [5, 'el', '0,05\u00a0€'],
    [5, 'en', '€0.05'],
    [0, 'en', '€0.00'],
  ] as const)('should format %i cents in %s as %s', (amount, locale, text) => {
    expect(formatMoney({ amount, currency: 'EUR', locale })).toBe(text)
  })

  it('should be exact where floats are not', () => {
    // 90071992547409.91 is not a double: a float would print ...409.92 or worse.
    expect(formatMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'EUR', locale: 'en' })).toBe(
      '€90,071,992,547,409.91',
    )
    expect(formatMoney({ amount: 1_000_000_001, currency: 'EUR', locale: 'el' })).toBe(
      '10.000.000,01\u00a0€',
    )
  })

  it("should use the office's currency", () => {
    expect(formatMoney({ amount: 1_999, currency: 'USD', locale: 'en' })).toBe('$19.99')
  })

  it('should refuse negative amounts and fractions of a cent', () => {
    expect(() => formatMoney({ amount: -1, currency: 'EUR', locale: 'en' })).toThrow(RangeError)
    expect(() => formatMoney({ amount: 1.5, currency: 'EUR', locale: 'en' })).toThrow(RangeError)
  })
})
