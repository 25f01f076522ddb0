import { nextStepLabel, runTimeLabel } from './queueLabels'

describe('queue labels', () => {
  it('should number steps from one and name the channel or the reason held back', () => {
    expect(nextStepLabel({ channel: 'email', kind: 'contact', policyId: 1, stepIndex: 0 })).toBe(
      'Step 1 · email',
    )
    expect(
      nextStepLabel({ kind: 'skip', policyId: 1, reason: 'promise-active', stepIndex: 1 }),
    ).toBe('Escalation paused: promise active (Step 2)')
    expect(
      nextStepLabel({ kind: 'skip', policyId: 1, reason: 'not-overdue', stepIndex: null }),
    ).toBe('Nothing overdue yet')
    expect(nextStepLabel({ kind: 'no-policy' })).toBe('No active policy')
  })

  it('should show when a run ran, with the end as a time of day when it ended the same day', () => {
    const timezone = 'Europe/Athens'
    expect(
      runTimeLabel({
        finishedAt: '2026-06-03T07:02:00.000Z',
        startedAt: '2026-06-03T07:00:00.000Z',
        timezone,
      }),
    ).toBe('2026-06-03 10:00 → 10:02')
    expect(
      runTimeLabel({
        finishedAt: '2026-06-03T21:30:00.000Z',
        startedAt: '2026-06-03T20:50:00.000Z',
        timezone,
      }),
    ).toBe('2026-06-03 23:50 → 2026-06-04 00:30')
    expect(
      runTimeLabel({ finishedAt: null, startedAt: '2026-06-03T07:00:00.000Z', timezone }),
    ).toBe('2026-06-03 10:00 →')
    expect(runTimeLabel({ finishedAt: null, startedAt: null, timezone })).toBe('—')
  })
})
