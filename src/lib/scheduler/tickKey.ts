import type { ScheduleDefinition } from './defineSchedule'

/** A schedule's dedupe period: its own, or the resolution of its cron expression. */
export const schedulePeriodSeconds = (
  schedule: Pick<ScheduleDefinition, 'cron' | 'periodSeconds'>,
): number => {
  if (schedule.periodSeconds !== undefined) {
    if (!Number.isInteger(schedule.periodSeconds) || schedule.periodSeconds < 1) {
      throw new Error(`periodSeconds must be a whole number >= 1, got ${schedule.periodSeconds}`)
    }
    return schedule.periodSeconds
  }
  return schedule.cron.trim().split(/\s+/).length === 6 ? 1 : 60
}

/**
 * The dedupe key of one tick: the schedule's name and the tick time truncated to the schedule's
 * period, e.g. `reports.daily@2026-02-09T00:00:00.000Z`. Every instance ticking the same period
 * derives the same key, and so the same job id.
 */
export const tickKey = ({
  schedule,
  tick,
}: {
  schedule: Pick<ScheduleDefinition, 'name' | 'cron' | 'periodSeconds'>
  tick: Date
}): string => {
  const periodMs = schedulePeriodSeconds(schedule) * 1000
  const slot = new Date(Math.floor(tick.getTime() / periodMs) * periodMs)
  return `${schedule.name}@${slot.toISOString()}`
}
