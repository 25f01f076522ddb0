import { latestOccurrence } from './latestOccurrence'

describe('latestOccurrence', () => {
  it('should find the latest occurrence at or before now', () => {
    expect(
      latestOccurrence({ cron: '0 9 * * *', now: new Date('2026-11-30T09:20:00Z') })?.toISOString(),
    ).toBe('2026-11-30T09:00:00.000Z')
    expect(
      latestOccurrence({
        cron: '*/15 * * * *',
        now: new Date('2026-11-30T09:20:00Z'),
      })?.toISOString(),
    ).toBe('2026-11-30T09:15:00.000Z')
  })

  it('should not act on an occurrence more than an hour old', () => {
    expect(
      latestOccurrence({ cron: '0 9 * * *', now: new Date('2026-11-30T10:00:01Z') }),
    ).toBeNull()
    expect(
      latestOccurrence({ cron: '0 9 * * *', now: new Date('2026-11-30T10:00:00Z') })?.toISOString(),
    ).toBe('2026-11-30T09:00:00.000Z')
  })
})
