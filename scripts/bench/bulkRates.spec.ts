import { BULK_TARGETS, grouped, perChargeSpeedup, perSecond } from './bulkRates'

describe('bulk bench rates', () => {
  it('should express a count over milliseconds per second', () => {
    expect(perSecond(60_000, 3_000)).toBe(20_000)
    expect(perSecond(1, 4)).toBe(250)
    expect(() => perSecond(10, 0)).toThrow(RangeError)
  })

  it('should compare a sample of the naive loop with the whole job per charge', () => {
    // 2,000 charges in 20 s is 10 ms a charge; 60,000 in 15 s is 0.25 ms: 40 times faster.
    expect(
      perChargeSpeedup({
        execute: { charges: 60_000, ms: 15_000 },
        naive: { charges: 2_000, ms: 20_000 },
      }),
    ).toBe(40)
    expect(() =>
      perChargeSpeedup({ execute: { charges: 0, ms: 1 }, naive: { charges: 1, ms: 1 } }),
    ).toThrow(RangeError)
  })

  it('should hold the targets of the epic', () => {
    expect(BULK_TARGETS).toEqual({ dryRunMs: 3_000, speedup: 20 })
  })

  it('should group thousands for the report', () => {
    expect(grouped(60_000)).toBe('60,000')
    expect(grouped(1_234.567, 1)).toBe('1,234.6')
  })
})
