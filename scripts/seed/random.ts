/** A small seeded PRNG (mulberry32): the same seed gives the same data set on every machine. */
export type Random = {
  int: (min: number, max: number) => number
  next: () => number
  pick: <T>(items: readonly T[]) => T
}

export const createRandom = (seed: number): Random => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    next,
    pick: (items) => items[Math.floor(next() * items.length)],
  }
}
