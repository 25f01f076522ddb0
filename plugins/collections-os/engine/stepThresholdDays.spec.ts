import { agingBucket } from '../../../src/ledger/engine/agingBucket'
import { stepThresholdDays } from './stepThresholdDays'

describe('stepThresholdDays', () => {
  it.each([
    ['0-30', 0],
    ['31-60', 31],
    ['61-90', 61],
    ['90+', 91],
  ] as const)('should start the %s bucket on day %i', (bucket, days) => {
    expect(stepThresholdDays({ type: 'bucket', bucket })).toBe(days)
  })

  it("should start each bucket exactly where the ledger's aging does", () => {
    for (const bucket of ['0-30', '31-60', '61-90', '90+'] as const) {
      const first = stepThresholdDays({ type: 'bucket', bucket })
      expect(agingBucket(first)).toBe(bucket)
      expect(agingBucket(first - 1)).not.toBe(bucket)
    }
  })

  it('should take a days threshold as it is', () => {
    expect(stepThresholdDays({ type: 'days', minDaysOverdue: 14 })).toBe(14)
  })

  it('should refuse not-due as a threshold', () => {
    expect(() => stepThresholdDays({ type: 'bucket', bucket: 'not-due' as '0-30' })).toThrow(
      RangeError,
    )
  })
})
