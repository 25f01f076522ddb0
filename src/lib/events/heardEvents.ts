import type { DomainEventInput, DomainEventType } from './eventCatalog'
import { configuredListeners } from './registerListeners'

type WithCustom = Parameters<typeof configuredListeners>[0]

const typesByConfig = new WeakMap<object, ReadonlySet<DomainEventType>>()

/** The event types a config's listeners listen to, read once per config. */
const listenedTypes = (config: WithCustom): ReadonlySet<DomainEventType> => {
  let types = typesByConfig.get(config)
  if (!types) {
    types = new Set(configuredListeners(config).flatMap((listener) => listener.on))
    typesByConfig.set(config, types)
  }
  return types
}

/**
 * The events some listener of the config listens to, in order. An event nobody listens to would be
 * dispatched to no one, and a bulk issue would pay an outbox row per charge for it.
 */
export const heardEvents = <E extends DomainEventInput>(
  config: WithCustom,
  events: readonly E[],
): E[] => {
  const types = listenedTypes(config)
  return events.filter((event) => types.has(event.type))
}
