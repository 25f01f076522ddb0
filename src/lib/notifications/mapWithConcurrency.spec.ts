import { mapWithConcurrency } from './mapWithConcurrency'

describe('mapWithConcurrency', () => {
  it('should keep the order of the items and never run more than the limit at once', async () => {
    let running = 0
    let peak = 0
    const results = await mapWithConcurrency({
      items: [5, 1, 4, 2, 3, 0, 6],
      limit: 3,
      work: async (n) => {
        running++
        peak = Math.max(peak, running)
        await new Promise((resolve) => setImmediate(resolve))
        running--
        return n * 10
      },
    })
    expect(results).toEqual([50, 10, 40, 20, 30, 0, 60])
    expect(peak).toBe(3)
  })

  it('should answer an empty list for no items', async () => {
    expect(await mapWithConcurrency({ items: [], limit: 5, work: async () => 1 })).toEqual([])
  })
})
