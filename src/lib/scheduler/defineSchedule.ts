/**
 * Recurring work: on each cron tick the scheduler enqueues one job of `task`, deduped per tick
 * across every app instance. Declared like tasks and registered with `registerSchedules`.
 */
export type ScheduleDefinition<Data = unknown> = {
  /** Unique across the app; part of each tick's dedupe key. */
  name: string
  /** node-cron expression: five fields (minute resolution) or six (seconds first). */
  cron: string
  /** The job's data, the same on every tick. @default {} */
  data?: Data
  /**
   * Ticks inside one period share a dedupe key, so at most one job per period is enqueued even if
   * instances disagree on the exact tick (a deploy changing `cron`, say). Periods are aligned to
   * the Unix epoch (UTC). @default 60 for a five-field cron, 1 for a six-field one
   */
  periodSeconds?: number
  /** The task whose queue gets the job. */
  task: string
  /**
   * IANA zone the cron fields are read in. UTC by default so every machine ticks at the same
   * instant whatever its local zone. @default 'UTC'
   */
  timezone?: string
}

/** Declares a schedule; the identity function types `data`. */
export const defineSchedule = <Data>(
  schedule: ScheduleDefinition<Data>,
): ScheduleDefinition<Data> => schedule
