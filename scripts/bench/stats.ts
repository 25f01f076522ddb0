/** Percentile by nearest rank over milliseconds (p in 0..100). */
export const percentile = (samples: readonly number[], p: number): number => {
  if (samples.length === 0) throw new RangeError('no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]
}

export type Timing = { label: string; n: number; p50: number; p95: number }

/** Runs `work` `warmup` times unmeasured, then `n` times measured; returns p50/p95 in ms. */
export const measure = async (
  label: string,
  work: () => Promise<unknown>,
  { n, warmup = 2 }: { n: number; warmup?: number },
): Promise<Timing> => {
  for (let i = 0; i < warmup; i += 1) await work()
  const samples: number[] = []
  for (let i = 0; i < n; i += 1) {
    const started = performance.now()
    await work()
    samples.push(performance.now() - started)
  }
  return { label, n, p50: percentile(samples, 50), p95: percentile(samples, 95) }
}

/** How many times faster `candidate` is than `reference` (by p50), one decimal. */
export const speedup = (reference: Timing, candidate: Timing): number =>
  Math.round((reference.p50 / candidate.p50) * 10) / 10
