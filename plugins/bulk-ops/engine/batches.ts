/** Items one execution transaction handles (docs/rfc/bulk-ops.md, "Execution"). */
export const EXECUTION_BATCH_SIZE = 500

/** `list` in consecutive chunks of at most `size`. */
export const chunk = <T>(list: readonly T[], size: number): T[][] => {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('size must be a positive integer')
  const chunks: T[][] = []
  for (let start = 0; start < list.length; start += size)
    chunks.push(list.slice(start, start + size))
  return chunks
}

/**
 * The two halves a failed batch is retried as: a bad item is isolated in log2(n) rounds while
 * the good ones around it still go in large transactions. A single item does not split.
 */
export const halves = <T>(list: readonly T[]): T[][] => {
  if (list.length < 2) return []
  const middle = Math.ceil(list.length / 2)
  return [list.slice(0, middle), list.slice(middle)]
}
