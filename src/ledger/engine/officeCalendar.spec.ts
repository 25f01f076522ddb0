import { collectionRate, nextPeriodStart, officeToday, periodOf } from './officeCalendar'

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
