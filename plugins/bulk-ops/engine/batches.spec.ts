import { chunk, halves } from './batches'

describe('chunk and halves', () => {
  it('should chunk in order, the last chunk shorter', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
    expect(chunk([], 500)).toEqual([])
    expect(() => chunk([1], 0)).toThrow(RangeError)
  })

  it('should halve a failed batch until single items remain', () => {
    expect(halves([1, 2, 3, 4, 5])).toEqual([
      [1, 2, 3],
      [4, 5],
    ])
    expect(halves([1, 2])).toEqual([[1], [2]])
    expect(halves([1])).toEqual([])
  })
})
