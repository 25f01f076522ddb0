import { agingBucket, daysPastDue } from './agingBucket'

describe('agingBucket', () => {
  it.each([
    [-30, 'not-due'],
    [-1, 'not-due'],
    [0, '0-30'],
    [1, '0-30'],
    [30, '0-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '90+'],
    [3650, '90+'],
  ] as const)('should put %i days past due in %s', (days, bucket) => {
    expect(agingBucket(days)).toBe(bucket)
  })

  it('should refuse fractional days', () => {
    expect(() => agingBucket(1.5)).toThrow(RangeError)
  })
})

describe('daysPastDue', () => {
  it('should count calendar days across month ends and leap days', () => {
    expect(daysPastDue('2026-01-31', '2026-03-01')).toBe(29)
    expect(daysPastDue('2028-02-28', '2028-03-01')).toBe(2)
    expect(daysPastDue('2026-03-10', '2026-03-10')).toBe(0)
    expect(daysPastDue('2026-03-11', '2026-03-10')).toBe(-1)
  })

  it('should ignore daylight-saving changes', () => {
    expect(daysPastDue('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysPastDue('2026-10-24', '2026-10-26')).toBe(2)
  })
})
