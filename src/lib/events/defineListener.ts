import type { PayloadRequest } from 'payload'

import type { FlagName } from '../flags/flagNames'
import type { DomainEvent, DomainEventType } from './eventCatalog'

/**
 * A reaction to domain events, delivered by the queue (`listenerTask`): at least once per event,
 * its effect once, because the handler runs in one transaction with the event's receipt
 * (`deliverToListener`). The handler must write through `req` (its transaction) and key anything
 * it does outside the database (a message's idempotency key), so a retry is harmless.
 */
export type ListenerDefinition<T extends DomainEventType = DomainEventType> = {
  /** Unique across the app, `<plugin>.<what it does>`; its queue is `listener.<name>`. */
  name: string
  /** The event types it reacts to. */
  on: readonly T[]
  /**
   * Only events of offices where this flag is on reach the handler; the others are receipted as
   * skipped. `defineFeaturePlugin` sets its plugin's flag on every listener it registers.
   */
  flag?: FlagName
  // Method syntax on purpose: it keeps listeners of different events assignable to one list.
  handler(args: { event: DomainEvent<T>; req: PayloadRequest }): Promise<void>
  /**
   * Delay before the first retry of a failed delivery (doubling after each).
   * @default 10
   */
  retryDelaySeconds?: number
  /**
   * Retries after the first attempt; the delivery then moves to the dead-letter queue.
   * @default 5
   */
  retryLimit?: number
}

/** Declares a listener; the identity function types `event` by the types it listens to. */
export const defineListener = <T extends DomainEventType>(
  listener: ListenerDefinition<T>,
): ListenerDefinition<T> => listener
