import type { Config } from 'payload'

import { assertNotApplied } from '../plugins/pluginOrder'
import type { TaskDefinition } from './defineTask'

type WithCustom = { custom?: Record<string, unknown> }

/**
 * The task registry is the Payload config itself: `config.custom.tasks` (server-only, never sent
 * to the admin). Core code and plugins add to it without importing each other, and the queue
 * reads it from `payload.config` when it starts:
 *
 *   export const dunningPlugin = (): Plugin => (config) => registerTasks(config, [dunningRunTask])
 */
export const registerTasks = <C extends WithCustom = Config>(
  config: C,
  tasks: readonly TaskDefinition[],
): C => {
  const names = tasks.map((task) => task.name).join(', ')
  assertNotApplied(config, { plugin: 'queue', what: `Tasks ${names}` })
  return { ...config, custom: { ...config.custom, tasks: [...configuredTasks(config), ...tasks] } }
}

/** The tasks registered on a config (raw or sanitised), in registration order. */
export const configuredTasks = (config: WithCustom): TaskDefinition[] =>
  (config.custom?.tasks as TaskDefinition[] | undefined) ?? []
