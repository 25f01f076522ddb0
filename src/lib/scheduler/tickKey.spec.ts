import { schedulePeriodSeconds, tickKey } from './tickKey'

const daily = { name: 'reports.daily', cron: '0 3 * * *' }

describe('tickKey', () => {
  it('should truncate a five-field cron tick to the minute', () => {
    expect(tickKey({ schedule: daily, tick: new Date('2026-02-09T03:00:00.420Z') })).toBe(
      'reports.daily@2026-02-09T03:00:00.000Z',
    )
  })

  it('should give two instances ticking the same minute the same key', () => {
    const a = tickKey({ schedule: daily, tick: new Date('2026-02-09T03:00:00.000Z') })
    const b = tickKey({ schedule: daily, tick: new Date('2026-02-09T03:00:59.999Z') })
    expect(a).toBe(b)
  })

  it('should give the next tick another key', () => {
    const a = tickKey({ schedule: daily, tick: new Date('2026-02-09T03:00:00Z') })
    const b = tickKey({ schedule: daily, tick: new Date('2026-02-10T03:00:00Z') })
    expect(a).not.toBe(b)
  })

  it('should truncate a six-field cron to the second', () => {
    const everySecond = { name: 'probe', cron: '* * * * * *' }
    expect(tickKey({ schedule: everySecond, tick: new Date('2026-02-09T03:00:07.900Z') })).toBe(
      'probe@2026-02-09T03:00:07.000Z',
    )
  })

  it('should share one key across a declared period, even for different tick times', () => {
    const schedule = { ...daily, periodSeconds: 86_400 }
    const atThree = tickKey({ schedule, tick: new Date('2026-02-09T03:00:00Z') })
    const atFive = tickKey({
      schedule: { ...schedule, cron: '5 3 * * *' },
      tick: new Date('2026-02-09T03:05:00Z'),
    })
    expect(atThree).toBe('reports.daily@2026-02-09T00:00:00.000Z')
    expect(atFive).toBe(atThree)
  })

  it('should keep different schedules apart on the same tick', () => {
    const tick = new Date('2026-02-09T03:00:00Z')
    expect(tickKey({ schedule: daily, tick })).not.toBe(
      tickKey({ schedule: { ...daily, name: 'other' }, tick }),
    )
  })

  it.each([0, -60, 1.5])('should refuse periodSeconds %p', (periodSeconds) => {
    expect(() => schedulePeriodSeconds({ cron: '* * * * *', periodSeconds })).toThrow(
      /periodSeconds/,
    )
  })
})
