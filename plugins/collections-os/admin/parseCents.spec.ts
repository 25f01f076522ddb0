import { parseCents } from './parseCents'

describe('parseCents', () => {
  it('should read whole units and up to two decimals, with a point or a comma', () => {
    expect(parseCents('123.45')).toBe(12_345)
    expect(parseCents('123,4')).toBe(12_340)
    expect(parseCents(' 7 ')).toBe(700)
    expect(parseCents('0.01')).toBe(1)
    expect(parseCents('0')).toBe(0)
  })

  it('should refuse what is not an amount rather than guess', () => {
    for (const text of ['', 'abc', '-5', '1.234,56', '12.345', '1e3', '12.'])
      expect(parseCents(text)).toBeNull()
  })
})
