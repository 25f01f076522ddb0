import { isRunReplayable } from './isRunReplayable'

describe('isRunReplayable', () => {
  it.each(['failed', 'dead-letter'] as const)('should replay a %s run', (status) => {
    expect(isRunReplayable({ status, undelivered: 0 })).toBe(true)
  })

  it('should replay a completed run only while some of its messages never reached a provider', () => {
    expect(isRunReplayable({ status: 'completed', undelivered: 2 })).toBe(true)
    expect(isRunReplayable({ status: 'completed', undelivered: 0 })).toBe(false)
  })

  it.each(['queued', 'running'] as const)('should not replay a %s run', (status) => {
    expect(isRunReplayable({ status, undelivered: 3 })).toBe(false)
  })
})
