import { defineTask } from '../queue/defineTask'
import type { TaskDefinition } from '../queue/defineTask'
import type { ListenerDefinition } from './defineListener'
import { deliverToListener } from './deliverToListener'

/** The queue a listener's deliveries run on. */
export const listenerTaskName = (listener: Pick<ListenerDefinition, 'name'>): string =>
  `listener.${listener.name}`

/**
 * The queue task that delivers events to one listener, one job per (event, listener): a failed
 * delivery is retried with backoff and, after its last attempt, kept as a dead letter like any
 * task's (`listDeadLetters`, `replayDeadLetter`). Deliveries are quick and independent, so a few
 * run at once.
 */
export const listenerTask = (listener: ListenerDefinition): TaskDefinition<{ eventId: number }> =>
  defineTask<{ eventId: number }>({
    name: listenerTaskName(listener),
    concurrency: 2,
    expireInSeconds: 300,
    handler: async ({ data, payload }) => ({
      outcome: await deliverToListener({ eventId: data.eventId, listener, payload }),
    }),
    retryBackoff: true,
    retryDelaySeconds: listener.retryDelaySeconds ?? 10,
    retryLimit: listener.retryLimit ?? 5,
  })
