/** `Promise.all(items.map(work))` with at most `limit` calls of `work` in flight; results keep the order. */
export const mapWithConcurrency = async <T, R>({
  items,
  limit,
  work,
}: {
  items: readonly T[]
  limit: number
  work: (item: T) => Promise<R>
}): Promise<R[]> => {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
