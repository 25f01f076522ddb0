import { taskQueueOptions } from './taskQueueOptions'

describe('taskQueueOptions', () => {
  it('should default to five retries with exponential backoff from 30 s, a 15 min expiry and the dead-letter queue', () => {
    expect(taskQueueOptions({ name: 'reports.build' })).toEqual({
      name: 'reports.build',
      deadLetter: 'dead-letter',
      expireInSeconds: 900,
      policy: 'standard',
      retryBackoff: true,
      retryDelay: 30,
      retryLimit: 5,
    })
  })

  it('should map the task options to pg-boss names', () => {
    expect(
      taskQueueOptions({
        name: 't',
        expireInSeconds: 5,
        retryBackoff: false,
        retryDelaySeconds: 0,
        retryLimit: 0,
      }),
    ).toMatchObject({ expireInSeconds: 5, retryBackoff: false, retryDelay: 0, retryLimit: 0 })
  })

  it('should raise a zero backoff delay to the 1 s pg-boss stores', () => {
    expect(
      taskQueueOptions({ name: 't', retryBackoff: true, retryDelaySeconds: 0 }).retryDelay,
    ).toBe(1)
  })

  it.each(['', 'has space', 'dead-letter', '__pgboss__send-it', '-leading'])(
    'should refuse the task name %p',
    (name) => {
      expect(() => taskQueueOptions({ name })).toThrow(/Invalid task name/)
    },
  )

  it.each([
    [{ expireInSeconds: 0 }, /expireInSeconds/],
    [{ expireInSeconds: 24 * 60 * 60 }, /below 24 hours/],
    [{ retryLimit: -1 }, /retryLimit/],
    [{ retryLimit: 1.5 }, /retryLimit/],
    [{ retryDelaySeconds: -1 }, /retryDelaySeconds/],
  ])('should refuse %p', (options, message) => {
    expect(() => taskQueueOptions({ name: 't', ...options })).toThrow(message)
  })
})
