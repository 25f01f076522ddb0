import type { BulkJobStatus } from '../constants'
import { durationLabel, progressOf, wizardStepOf } from './bulkLabels'

describe('wizardStepOf', () => {
  it('should put a new job at step 1, a planned one at 2, a running one at 3 and a finished one at 4', () => {
    const statuses: (BulkJobStatus | undefined)[] = [
      undefined,
      'draft',
      'dry-run-ready',
      'executing',
      'completed',
      'completed-with-errors',
      'failed',
    ]
    expect(statuses.map((status) => wizardStepOf(status))).toEqual([1, 2, 2, 3, 4, 4, 4])
  })

  it('should give a cancelled job no step', () => {
    expect(wizardStepOf('cancelled')).toBeNull()
  })
})

describe('progressOf', () => {
  it('should count succeeded, failed and skipped items as done', () => {
    expect(
      progressOf({ itemsFailed: 1, itemsSkipped: 2, itemsSucceeded: 7, itemsTotal: 20 }),
    ).toEqual({ done: 10, percent: 50, total: 20 })
  })

  it('should reach 100 only when every item is done', () => {
    expect(progressOf({ itemsSucceeded: 999, itemsTotal: 1_000 }).percent).toBe(99)
    expect(progressOf({ itemsSucceeded: 1_000, itemsTotal: 1_000 }).percent).toBe(100)
  })

  it('should treat a job without items as done and never count past the total', () => {
    expect(progressOf({ itemsTotal: 0 })).toEqual({ done: 0, percent: 100, total: 0 })
    expect(progressOf({ itemsSucceeded: 5, itemsTotal: 3 })).toEqual({
      done: 3,
      percent: 100,
      total: 3,
    })
  })
})

describe('durationLabel', () => {
  it('should say short, minute and hour durations the way people read them', () => {
    expect([0.42, 42.4, 185, 3_720].map(durationLabel)).toEqual([
      '0.4 s',
      '42 s',
      '3 min 5 s',
      '1 h 2 min',
    ])
  })

  it('should show a dash when there is nothing to average', () => {
    expect(durationLabel(null)).toBe('—')
  })
})
