import type { Config } from 'payload'

import { registerTasks } from '../queue/registerTasks'
import type { ListenerDefinition } from './defineListener'
import { listenerTask } from './listenerTask'

type WithCustom = { custom?: Record<string, unknown> }

/**
 * Adds listeners to the config (`config.custom.listeners`, server-only) and the queue task that
 * delivers to each: the dispatcher reads them from `payload.config` to know who listens to what.
 * Like tasks, listeners must be registered before `queuePlugin` applies (`registerTasks` checks).
 */
export const registerListeners = <C extends WithCustom = Config>(
  config: C,
  listeners: readonly ListenerDefinition[],
): C => {
  const names = new Set(configuredListeners(config).map((listener) => listener.name))
  for (const listener of listeners) {
    if (names.has(listener.name)) throw new Error(`Listener "${listener.name}" is registered twice`)
    names.add(listener.name)
  }
  const withTasks = registerTasks(config, listeners.map(listenerTask))
  return {
    ...withTasks,
    custom: { ...withTasks.custom, listeners: [...configuredListeners(config), ...listeners] },
  }
}

/** The listeners registered on a config (raw or sanitised), in registration order. */
export const configuredListeners = (config: WithCustom): ListenerDefinition[] =>
  (config.custom?.listeners as ListenerDefinition[] | undefined) ?? []
