import { largestRemainder } from './largestRemainder'

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

describe('largestRemainder', () => {
  it('should split so the parts add up exactly to the total', () => {
    const parts = largestRemainder(10_000, [1, 1, 1])
    expect(parts).toEqual([3334, 3333, 3333])
    expect(sum(parts)).toBe(10_000)
  })

  it('should give the leftover units to the largest remainders', () => {
    expect(largestRemainder(100, [10, 25, 65.5])).toEqual([10, 25, 65])
    expect(largestRemainder(7, [1, 2, 4])).toEqual([1, 2, 4])
    expect(largestRemainder(10, [1, 1, 2])).toEqual([3, 2, 5])
  })

  it('should keep zero weights at zero', () => {
    expect(largestRemainder(1000, [0, 3, 0, 1])).toEqual([0, 750, 0, 250])
  })

  it('should split negative totals symmetrically (credit notes)', () => {
    const parts = largestRemainder(-10_000, [1, 1, 1])
    expect(parts).toEqual([-3334, -3333, -3333])
  })

  it('should add up for many uneven weights', () => {
    const weights = Array.from({ length: 97 }, (_, index) => ((index * 37) % 11) + 0.5)
    expect(sum(largestRemainder(123_457, weights))).toBe(123_457)
  })

  it('should refuse to spread money over nothing', () => {
    expect(() => largestRemainder(5, [0, 0])).toThrow(RangeError)
    expect(largestRemainder(0, [0, 0])).toEqual([0, 0])
    expect(() => largestRemainder(1.5, [1])).toThrow(RangeError)
    expect(() => largestRemainder(1, [-1, 2])).toThrow(RangeError)
  })
})
