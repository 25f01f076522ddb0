import { lateFee } from './lateFee'

describe('lateFee', () => {
  it('should charge a fixed fee as it is', () => {
    expect(lateFee({ amountOverdue: 12_345, rule: { type: 'fixed', amount: 1_500 } })).toBe(1_500)
  })

  it.each([
    // 5% of 100.10 = 5.005 -> 5.01 (half up)
    [10_010, 500, 501],
    // 5% of 100.09 = 5.0045 -> 5.00
    [10_009, 500, 500],
    // 2.5% of 0.20 = 0.005 -> 0.01
    [20, 250, 1],
    // 2.5% of 0.19 = 0.00475 -> 0.00
    [19, 250, 0],
    [10_000, 10_000, 10_000],
    [1, 1, 0],
    [5_000, 1, 1],
  ])(
    'should charge %i cents at %i bp as %i cents, rounding half up',
    (amountOverdue, basisPoints, fee) => {
      expect(lateFee({ amountOverdue, rule: { type: 'percent', basisPoints } })).toBe(fee)
    },
  )

  it('should stay exact for the largest safe amounts', () => {
    const amountOverdue = Number.MAX_SAFE_INTEGER
    // 9007199254740991 * 1 / 10000 = 900719925474.0991 -> 900719925474
    expect(lateFee({ amountOverdue, rule: { type: 'percent', basisPoints: 1 } })).toBe(
      900_719_925_474,
    )
    // 9007199254735000 * 1 / 10000 = 900719925473.5 -> 900719925474 (a float product would be off)
    expect(
      lateFee({ amountOverdue: 9_007_199_254_735_000, rule: { type: 'percent', basisPoints: 1 } }),
    ).toBe(900_719_925_474)
    expect(
      lateFee({ amountOverdue: 9_007_199_254_734_999, rule: { type: 'percent', basisPoints: 1 } }),
    ).toBe(900_719_925_473)
  })

  it('should never be negative', () => {
    expect(lateFee({ amountOverdue: 10_000, rule: { type: 'fixed', amount: -500 } })).toBe(0)
    expect(lateFee({ amountOverdue: 10_000, rule: { type: 'percent', basisPoints: -500 } })).toBe(0)
    expect(lateFee({ amountOverdue: -10_000, rule: { type: 'percent', basisPoints: 500 } })).toBe(0)
    expect(lateFee({ amountOverdue: 0, rule: { type: 'percent', basisPoints: 500 } })).toBe(0)
  })

  it('should refuse fractions of a cent or of a basis point', () => {
    expect(() => lateFee({ amountOverdue: 10_000, rule: { type: 'fixed', amount: 1.5 } })).toThrow(
      RangeError,
    )
    expect(() =>
      lateFee({ amountOverdue: 100.5, rule: { type: 'percent', basisPoints: 500 } }),
    ).toThrow(RangeError)
    expect(() =>
      lateFee({ amountOverdue: 10_000, rule: { type: 'percent', basisPoints: 2.5 } }),
    ).toThrow(RangeError)
  })
})
