/** The Bulk Ops targets (docs/rfc/bulk-ops.md, "Metrics"; EPIC-B). */
export const BULK_TARGETS = { dryRunMs: 3_000, speedup: 20 } as const

/** Charges (or items) per second over `ms` milliseconds. */
export const perSecond = (count: number, ms: number): number => {
  if (!(ms > 0)) throw new RangeError('ms must be positive')
  return (count / ms) * 1_000
}

/**
 * How many times faster per charge the job executed than the naive loop created charges: both
 * as milliseconds per charge, so a sample of the loop compares with the whole job.
 */
export const perChargeSpeedup = ({
  execute,
  naive,
}: {
  execute: { charges: number; ms: number }
  naive: { charges: number; ms: number }
}): number => {
  if (execute.charges <= 0 || naive.charges <= 0)
    throw new RangeError('both sides must have created charges')
  return naive.ms / naive.charges / (execute.ms / execute.charges)
}

/** `12,345` style, for the report. */
export const grouped = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
