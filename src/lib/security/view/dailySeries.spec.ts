import { dailySeries, seriesStart } from './dailySeries'

describe('dailySeries', () => {
  const now = new Date('2026-03-10T08:30:00Z')

  it('should list every day oldest first, with zero for quiet days and shares of the busiest', () => {
    expect(
      dailySeries({
        days: 3,
        now,
        rows: [
          { count: 4, day: '2026-03-10' },
          { count: 2, day: '2026-03-08' },
          { count: 9, day: '2026-03-01' },
        ],
      }),
    ).toEqual([
      { count: 2, day: '2026-03-08', share: 0.5 },
      { count: 0, day: '2026-03-09', share: 0 },
      { count: 4, day: '2026-03-10', share: 1 },
    ])
  })

  it('should draw no bars when nothing happened', () => {
    expect(dailySeries({ days: 2, now, rows: [] }).map((entry) => entry.share)).toEqual([0, 0])
  })

  it('should start the series at UTC midnight of its first day', () => {
    expect(seriesStart(now, 14).toISOString()).toBe('2026-02-25T00:00:00.000Z')
  })
})
