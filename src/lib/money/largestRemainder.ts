/**
 * Splits a whole-number `total` over `weights` so the parts are integers that add up to exactly
 * `total` (Hamilton's largest-remainder method). Used for cents of an expense over apartment
 * shares and for per-mille shares over apartment sizes. Ties go to the earlier weight, so the
 * result is deterministic.
 */
export const largestRemainder = (total: number, weights: readonly number[]): number[] => {
  if (!Number.isSafeInteger(total)) throw new RangeError('total must be a safe integer')
  if (weights.some((weight) => !Number.isFinite(weight) || weight < 0)) {
    throw new RangeError('weights must be finite and non-negative')
  }
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0)
  if (weights.length === 0 || weightSum === 0) {
    if (total === 0) return weights.map(() => 0)
    throw new RangeError('cannot distribute a non-zero total over zero weights')
  }
  const sign = total < 0 ? -1 : 1
  const magnitude = Math.abs(total)
  const exact = weights.map((weight) => (magnitude * weight) / weightSum)
  const parts = exact.map(Math.floor)
  let left = magnitude - parts.reduce((sum, part) => sum + part, 0)
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of byRemainder) {
    if (left === 0) break
    parts[index] += 1
    left -= 1
  }
  return parts.map((part) => sign * part + 0)
}
