import type { Config } from 'payload'

import { assertNotApplied } from '../plugins/pluginOrder'
import type { ScheduleDefinition } from './defineSchedule'

type WithCustom = { custom?: Record<string, unknown> }

/**
 * Adds schedules to a Payload config (`config.custom.schedules`), the same way `registerTasks`
 * adds tasks: the scheduler reads the list from `payload.config` when it starts.
 */
export const registerSchedules = <C extends WithCustom = Config>(
  config: C,
  schedules: readonly ScheduleDefinition[],
): C => {
  const names = schedules.map((schedule) => schedule.name).join(', ')
  assertNotApplied(config, { plugin: 'scheduler', what: `Schedules ${names}` })
  return {
    ...config,
    custom: { ...config.custom, schedules: [...configuredSchedules(config), ...schedules] },
  }
}

/** The schedules registered on a config (raw or sanitised), in registration order. */
export const configuredSchedules = (config: WithCustom): ScheduleDefinition[] =>
  (config.custom?.schedules as ScheduleDefinition[] | undefined) ?? []
