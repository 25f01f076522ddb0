import { percentile } from './stats'
import type { Timing } from './stats'

export type BenchWork = { label: string; work: () => Promise<unknown> }

/**
 * Measures several works in turns (a, b, a, b, ...) rather than all of a then all of b, so a
 * burst of load from a neighbour on a shared machine lands on both sides of a ratio instead of
 * skewing one. `warmup` unmeasured turns first. Timings come back in the order of `works`.
 */
export const measureInterleaved = async (
  works: readonly BenchWork[],
  { n, warmup = 2 }: { n: number; warmup?: number },
): Promise<Timing[]> => {
  for (let turn = 0; turn < warmup; turn += 1) {
    for (const { work } of works) await work()
  }
  const samples = works.map(() => [] as number[])
  for (let turn = 0; turn < n; turn += 1) {
    for (const [index, { work }] of works.entries()) {
      const started = performance.now()
      await work()
      samples[index].push(performance.now() - started)
    }
  }
  return works.map(({ label }, index) => ({
    label,
    n,
    p50: percentile(samples[index], 50),
    p95: percentile(samples[index], 95),
  }))
}
