import { collectionRate, nextPeriodStart, officeToday, periodOf, shiftDate } from './officeCalendar'

describe('office calendar', () => {
  it("should take today's date in the office's time zone", () => {
    const lateUtc = new Date('2026-03-31T22:30:00Z')
    expect(officeToday('Europe/Athens', lateUtc)).toBe('2026-04-01')
    expect(officeToday('UTC', lateUtc)).toBe('2026-03-31')
  })

  it('should find periods and the next period start, across years', () => {
    expect(periodOf('2026-12-31')).toBe('2026-12')
    expect(nextPeriodStart('2026-12')).toBe('2027-01-01')
    expect(nextPeriodStart('2026-02')).toBe('2026-03-01')
  })

  it('should compute the collection rate and refuse to divide by nothing', () => {
    expect(collectionRate(7500, 10_000)).toBe(0.75)
    expect(collectionRate(1, 3)).toBe(0.3333)
    expect(collectionRate(5, 0)).toBeNull()
  })
})

describe('shiftDate', () => {
  it('should move by calendar days across months, years and leap days', () => {
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28')
    expect(shiftDate('2028-02-28', 1)).toBe('2028-02-29')
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01')
    expect(shiftDate('2026-06-15', -90)).toBe('2026-03-17')
  })
})
