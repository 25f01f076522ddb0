import { Cron } from 'croner'

/** How late a missed occurrence may still start a run; older ones are skipped, not backfilled. */
const MAX_LATENESS_MS = 60 * 60 * 1000

/**
 * The policy's latest cron occurrence at or before `now` (UTC), if it is recent enough to act on.
 * Acting on "the latest occurrence" rather than "an occurrence in this tick" makes a missed or
 * retried tick harmless: the next tick finds the same occurrence, and the run for it is unique.
 */
export const latestOccurrence = ({ cron, now }: { cron: string; now: Date }): Date | null => {
  const [latest] = new Cron(cron, { paused: true, timezone: 'UTC' }).previousRuns(1, now)
  if (!latest || now.getTime() - latest.getTime() > MAX_LATENESS_MS) return null
  return latest
}
