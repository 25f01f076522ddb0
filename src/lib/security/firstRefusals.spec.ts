import { firstRefusals } from './firstRefusals'

describe('firstRefusals', () => {
  it('should pass the first refusal of a window and hold back the rest until it ends', () => {
    const refusals = firstRefusals()
    expect(refusals.isFirst('login-address:198.51.100.1', 60_000, 0)).toBe(true)
    expect(refusals.isFirst('login-address:198.51.100.1', 59_000, 1_000)).toBe(false)
    expect(refusals.isFirst('login-address:198.51.100.2', 60_000, 1_000)).toBe(true)
    expect(refusals.isFirst('login-address:198.51.100.1', 60_000, 60_000)).toBe(true)
  })

  it('should hold a key back for at least a second, whatever the window says', () => {
    const refusals = firstRefusals()
    expect(refusals.isFirst('api:x', 0, 0)).toBe(true)
    expect(refusals.isFirst('api:x', 0, 999)).toBe(false)
    expect(refusals.isFirst('api:x', 0, 1_000)).toBe(true)
  })

  it('should stay bounded: ended windows go first, then everything', () => {
    const refusals = firstRefusals(2)
    expect(refusals.isFirst('a', 10, 0)).toBe(true)
    expect(refusals.isFirst('b', 5_000, 0)).toBe(true)
    // Full: `a` ended and goes, `b` is still held.
    expect(refusals.isFirst('c', 5_000, 2_000)).toBe(true)
    expect(refusals.isFirst('b', 5_000, 2_000)).toBe(false)
    // Full of live windows: forgotten, so at worst a key is recorded twice.
    expect(refusals.isFirst('d', 5_000, 2_000)).toBe(true)
    expect(refusals.isFirst('b', 5_000, 2_000)).toBe(true)
  })
})
