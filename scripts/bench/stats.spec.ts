import { percentile, speedup } from './stats'

describe('bench statistics', () => {
  it('should take nearest-rank percentiles', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]
    expect(percentile(samples, 50)).toBe(5)
    expect(percentile(samples, 95)).toBe(10)
    expect(percentile([42], 95)).toBe(42)
    expect(() => percentile([], 50)).toThrow(RangeError)
  })

  it('should express speed-ups against the reference p50', () => {
    expect(
      speedup({ label: 'ref', n: 1, p50: 300, p95: 320 }, { label: 'x', n: 1, p50: 6, p95: 7 }),
    ).toBe(50)
  })
})
