import { BULK_JOB_STATUSES } from '../constants'
import { refuseCancel, refuseDryRun, refuseExecute, refuseRetry } from './jobRefusals'

const codes = (refuse: typeof refuseExecute) =>
  Object.fromEntries(BULK_JOB_STATUSES.map((status) => [status, refuse(status)?.code ?? null]))

describe('job refusals', () => {
  it('should allow a dry-run until the job executes', () => {
    expect(codes(refuseDryRun)).toEqual({
      cancelled: 'invalid-state',
      completed: 'already-executing',
      'completed-with-errors': 'already-executing',
      draft: null,
      'dry-run-ready': null,
      executing: 'already-executing',
      failed: 'already-executing',
    })
  })

  it('should execute only a dry-run job, once', () => {
    expect(codes(refuseExecute)).toEqual({
      cancelled: 'invalid-state',
      completed: 'already-executing',
      'completed-with-errors': 'already-executing',
      draft: 'not-dry-run',
      'dry-run-ready': null,
      executing: 'already-executing',
      failed: 'already-executing',
    })
  })

  it('should retry only a job that completed with errors or failed', () => {
    expect(codes(refuseRetry)).toEqual({
      cancelled: 'invalid-state',
      completed: 'invalid-state',
      'completed-with-errors': null,
      draft: 'invalid-state',
      'dry-run-ready': 'invalid-state',
      executing: 'already-executing',
      failed: null,
    })
  })

  it('should cancel only a job that has not started', () => {
    expect(codes(refuseCancel)).toMatchObject({
      cancelled: 'invalid-state',
      completed: 'already-executing',
      draft: null,
      'dry-run-ready': null,
      executing: 'already-executing',
    })
  })
})
