import { dedupeJobId } from './dedupeJobId'

describe('dedupeJobId', () => {
  it('should give the same UUID for the same task and key', () => {
    expect(dedupeJobId({ key: 'k-1', name: 'task.a' })).toBe(
      dedupeJobId({ key: 'k-1', name: 'task.a' }),
    )
  })

  it('should give a version 8 RFC 9562 UUID', () => {
    expect(dedupeJobId({ key: 'k-1', name: 'task.a' })).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
  })

  it('should give different ids for different keys or tasks', () => {
    const ids = new Set([
      dedupeJobId({ key: 'k-1', name: 'task.a' }),
      dedupeJobId({ key: 'k-2', name: 'task.a' }),
      dedupeJobId({ key: 'k-1', name: 'task.b' }),
      // The separator keeps "a" + "bc" apart from "ab" + "c".
      dedupeJobId({ key: 'bc', name: 'a' }),
      dedupeJobId({ key: 'c', name: 'ab' }),
    ])
    expect(ids.size).toBe(5)
  })
})
