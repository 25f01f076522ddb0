import type { LateFeeRule } from './types'

/**
 * The late fee in cents for `amountOverdue` cents. A percentage is in basis points and rounds
 * half up to the cent; the product goes through BigInt so even the largest safe amounts are
 * exact. A fee is never negative: a bad rule or a credit charges nothing rather than refunding.
 */
export const lateFee = ({
  amountOverdue,
  rule,
}: {
  amountOverdue: number
  rule: LateFeeRule
}): number => {
  if (rule.type === 'fixed') {
    if (!Number.isSafeInteger(rule.amount))
      throw new RangeError('a fixed late fee must be whole cents')
    return Math.max(0, rule.amount)
  }
  if (!Number.isSafeInteger(amountOverdue))
    throw new RangeError('amountOverdue must be whole cents')
  if (!Number.isSafeInteger(rule.basisPoints))
    throw new RangeError('basisPoints must be a whole number')
  if (amountOverdue <= 0 || rule.basisPoints <= 0) return 0
  return Number((BigInt(amountOverdue) * BigInt(rule.basisPoints) + 5_000n) / 10_000n)
}
