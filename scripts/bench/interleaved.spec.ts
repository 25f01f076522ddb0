import { measureInterleaved } from './interleaved'

describe('interleaved measurement', () => {
  it('should run the works in turns, warm-up turns first, and time each on its own', async () => {
    const calls: string[] = []
    const work = (label: string, ms: number) => ({
      label,
      work: async () => {
        calls.push(label)
        await new Promise((resolve) => setTimeout(resolve, ms))
      },
    })
    const [fast, slow] = await measureInterleaved([work('fast', 1), work('slow', 30)], {
      n: 3,
      warmup: 1,
    })

    expect(calls).toEqual(['fast', 'slow', 'fast', 'slow', 'fast', 'slow', 'fast', 'slow'])
    expect(fast).toMatchObject({ label: 'fast', n: 3 })
    expect(slow).toMatchObject({ label: 'slow', n: 3 })
    expect(slow.p50).toBeGreaterThanOrEqual(25)
    expect(fast.p50).toBeLessThan(slow.p50)
  })
})
